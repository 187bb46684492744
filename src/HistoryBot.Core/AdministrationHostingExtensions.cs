using HistoryBot.Core.Administration;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Chat.Commands;
using HistoryBot.Core.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// In the root namespace beside AddHistoryBotCore, so the host wires it with one line and no new using.
namespace HistoryBot.Core;

public static class AdministrationHostingExtensions
{
    /// <summary>
    /// The admin commands (reindex, addsource, removesource, restoresource), the reindex
    /// coordinator, the source manager and their /status lines. Call after AddHistoryBotCore.
    /// </summary>
    public static IHostApplicationBuilder AddAdministration(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<SourceManager>();
        services.AddSingleton<IRetentionTask, TrashRetention>();
        services.AddSingleton<ReindexCoordinator>();
        services.AddSingleton<FollowedLibrary>();
        services.AddOptions<LibraryOptions>().BindConfiguration(LibraryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<LibraryFollower>();

        services.AddSingleton<IChatCommand, ReindexCommand>();
        services.AddSingleton<IChatCommand, AddSourceCommand>();
        services.AddSingleton<IChatCommand, RemoveSourceCommand>();
        services.AddSingleton<IChatCommand, RestoreSourceCommand>();

        services.AddSingleton<IStatusContributor, ReindexStatusContributor>();
        services.AddSingleton<IStatusContributor, AdapterStatusContributor>();
        services.AddSingleton<IStatusContributor, AuditStatusContributor>();
        return builder;
    }
}
