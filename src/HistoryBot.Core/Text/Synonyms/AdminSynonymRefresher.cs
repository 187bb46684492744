using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HistoryBot.Core.Text.Synonyms;

/// <summary>
/// Follows changes to the admins' synonyms made by other processes sharing the state store:
/// every Synonyms:RefreshInterval it compares the store's version with the one in memory and
/// reads the pairs again when it moved. A failing store is logged and tried again next time.
/// </summary>
public sealed class AdminSynonymRefresher(AdminSynonyms synonyms, IOptions<SynonymOptions> options, TimeProvider time, ILogger<AdminSynonymRefresher> logger)
    : BackgroundService
{
    private bool _failing;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.RefreshInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await RefreshOnceAsync(stoppingToken);
        }
    }

    /// <summary>One check; what each interval runs.</summary>
    public async Task RefreshOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await synonyms.RefreshAsync(cancellationToken))
                logger.LogInformation("The admins' synonyms changed: {Count} in use", synonyms.Entries.Count);
            if (_failing)
                logger.LogInformation("The admins' synonyms can be read again");
            _failing = false;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // Once per outage, not every few seconds.
            if (!_failing)
                logger.LogWarning(ex, "Checking the admins' synonyms failed; the ones in memory stay in use and the check is repeated every {Interval}", options.Value.RefreshInterval);
            _failing = true;
        }
    }
}
