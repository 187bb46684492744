using System.Text.Json.Serialization;

namespace HistoryBot.Bench;

/// <summary>The shape of `bench --out` (CONTRIBUTING.md): times in milliseconds, sizes in bytes; the sources-only figures are null when `--only corpus` left them out.</summary>
public sealed record BenchReport(
    [property: JsonPropertyName("corpora")] IReadOnlyList<CorpusFigures> Corpora,
    [property: JsonPropertyName("startup_to_first_answer_ms")] double? StartupToFirstAnswerMs,
    [property: JsonPropertyName("peak_working_set_bytes")] long? PeakWorkingSetBytes,
    [property: JsonPropertyName("telegram_e2e")] LatencyStats? TelegramE2E,
    [property: JsonPropertyName("machine")] string Machine);

public sealed record CorpusFigures(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("paragraphs")] int Paragraphs,
    [property: JsonPropertyName("text_bytes")] long TextBytes,
    [property: JsonPropertyName("build_ms")] double BuildMs,
    [property: JsonPropertyName("index_bytes")] long IndexBytes,
    [property: JsonPropertyName("build_peak_working_set_bytes")] long BuildPeakWorkingSetBytes,
    [property: JsonPropertyName("ask")] LatencyStats Ask,
    [property: JsonPropertyName("throughput")] IReadOnlyList<ThroughputFigures> Throughput)
{
    /// <summary>Peak working set from the first question to the last on this corpus, the build's garbage collected first.</summary>
    [JsonPropertyName("serving_peak_working_set_bytes")]
    public long ServingPeakWorkingSetBytes { get; init; }

    /// <summary>Processor time the build took (all threads), a steadier figure than <see cref="BuildMs"/> on a busy machine.</summary>
    [JsonPropertyName("build_cpu_ms")]
    public double BuildCpuMs { get; init; }

    /// <summary>Processor time per question of the single-asker run.</summary>
    [JsonPropertyName("ask_cpu_ms")]
    public double AskCpuMs { get; init; }

    /// <summary>Bytes allocated per question of the single-asker run (all threads).</summary>
    [JsonPropertyName("ask_allocated_bytes")]
    public long AskAllocatedBytes { get; init; }

    /// <summary>How many questions the warm-up asked before the timed ones (until the JIT had stopped recompiling).</summary>
    [JsonPropertyName("warm_up_questions")]
    public int WarmUpQuestions { get; init; }
}

public sealed record ThroughputFigures(
    [property: JsonPropertyName("askers")] int Askers,
    [property: JsonPropertyName("qps")] double Qps,
    [property: JsonPropertyName("p99")] double P99);

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(BenchReport))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
