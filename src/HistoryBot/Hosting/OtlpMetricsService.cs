using HistoryBot.Core.Diagnostics;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace HistoryBot.Hosting;

/// <summary>
/// Exports the "HistoryBot" meter over OTLP while the host runs; registered only when the
/// standard OTEL_EXPORTER_OTLP_ENDPOINT is set (the exporter reads the OTEL_* variables).
/// </summary>
internal sealed class OtlpMetricsService : IHostedService, IDisposable
{
    private MeterProvider? _provider;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _provider = Sdk.CreateMeterProviderBuilder()
            .AddMeter(BotMetrics.MeterName)
            .AddOtlpExporter()
            .Build();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        // Sends what was measured since the last export before the process ends.
        _provider?.ForceFlush(timeoutMilliseconds: 3000);
        return Task.CompletedTask;
    }

    public void Dispose() => _provider?.Dispose();
}
