using HistoryBot.Core.Chat;
using HistoryBot.Core.Chat.Commands;
using HistoryBot.Core.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HistoryBot.Core.Facts;

public static class DailyFactsHostingExtensions
{
    /// <summary>
    /// Facts mined at index time, /fact and /dailyfact, the "Tell me more" button, the
    /// scheduler (the stores come with AddHistoryBotCore). Call after AddHistoryBotCore; adapters add their IChatTransport.
    /// </summary>
    public static IHostApplicationBuilder AddDailyFacts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DailyFactOptions>().BindConfiguration(DailyFactOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<FactMiner>();
        services.AddSingleton<IIndexPart, FactsIndexPart>();
        services.AddSingleton<FactCatalog>();

        services.AddSingleton<FactScheduleSignal>();
        services.AddSingleton<DailyFactPoster>();
        services.AddHostedService<DailyFactScheduler>();

        services.AddSingleton<IChatCommand, FactCommand>();
        services.AddSingleton<IChatCommand, DailyFactCommand>();
        services.AddSingleton<IChatActionHandler, FactActions>();
        services.AddSingleton<IStatusContributor, DailyFactStatus>();
        return builder;
    }
}
