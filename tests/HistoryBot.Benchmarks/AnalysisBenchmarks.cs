using BenchmarkDotNet.Attributes;
using HistoryBot.Core.Text;

namespace HistoryBot.Benchmarks;

/// <summary>The per-paragraph work of indexing and ranking: analysis and sentence splitting.</summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private const string English = "On March 31, 1954, the USSR, the BSSR and the Ukrainian SSR submitted a request to join NATO, this initiative has its own background. The creation of the NATO bloc was perceived by the Soviets with a negative attitude.";
    private const string Lithuanian = "1954 m. Kovo 31 d. SSRS, BSSR ir Ukrainos SSR pateikė prašymą įstoti į NATO, ši iniciatyva turi savo pagrindą. NATO bloko sukūrimą sovietai suvokė neigiamai.";

    private static readonly string PunctuationRuns = "Start " + new string('.', 200_000) + "x " + string.Concat(Enumerable.Repeat("?!", 100_000)) + "y end.";

    private readonly TextAnalyzer _analyzer = new();
    private readonly LanguageDetector _detector = new();

    [Benchmark]
    public int AnalyzeEnglish() => _analyzer.Analyze(English, Language.English).Count;

    [Benchmark]
    public int AnalyzeLithuanian() => _analyzer.Analyze(Lithuanian, Language.Lithuanian).Count;

    [Benchmark]
    public int SplitSentences() => SentenceSplitter.Split(Lithuanian).Count;

    /// <summary>200,000 dots and "?!" runs glued to words: linear since issue 14 (was quadratic, ~17 s per index).</summary>
    [Benchmark]
    public int SplitPunctuationRuns() => SentenceSplitter.Split(PunctuationRuns).Count;

    [Benchmark]
    public string DetectLanguage() => _detector.Detect("Kada SSRS paprašė įstoti į NATO?").Language;
}
