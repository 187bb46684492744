using System.Text.Json.Serialization;

namespace HistoryBot.Bench;

/// <summary>Latency figures in milliseconds.</summary>
public sealed record LatencyStats(
    [property: JsonPropertyName("p50")] double P50,
    [property: JsonPropertyName("p99")] double P99,
    [property: JsonPropertyName("max")] double Max,
    [property: JsonPropertyName("count")] int Count)
{
    public static LatencyStats From(IReadOnlyList<double> milliseconds)
    {
        if (milliseconds.Count == 0)
            return new LatencyStats(0, 0, 0, 0);
        var sorted = milliseconds.Order().ToArray();
        double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return new LatencyStats(Math.Round(Percentile(0.50), 3), Math.Round(Percentile(0.99), 3), Math.Round(sorted[^1], 3), sorted.Length);
    }
}
