using HistoryBot.Core.Facts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HistoryBot.Core.State;

public static class StateServiceCollectionExtensions
{
    /// <summary>
    /// The state database (PostgreSQL when Storage:PostgresConnectionString is set, else
    /// state.db in the data directory) and every store on it.
    /// </summary>
    public static IServiceCollection AddStateStores(this IServiceCollection services)
    {
        services.TryAddSingleton<IStateDatabase>(provider =>
        {
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            return string.IsNullOrWhiteSpace(storage.PostgresConnectionString)
                ? new SqliteStateDatabase(Path.Combine(storage.DataDirectory, "state.db"))
                : new PostgresStateDatabase(storage.PostgresConnectionString);
        });
        services.TryAddSingleton<SqlHandledOnceStore>();
        services.TryAddSingleton<IHandledOnceStore>(provider => provider.GetRequiredService<SqlHandledOnceStore>());
        services.TryAddSingleton<IQuestionStore, SqlQuestionStore>();
        services.TryAddSingleton<IAuditLog, SqlAuditLog>();
        services.TryAddSingleton<IGatewaySessionStore, SqlGatewaySessionStore>();
        services.TryAddSingleton<ISubscriptionStore, SqlSubscriptionStore>();
        services.TryAddSingleton<IFactRotationStore, SqlFactRotationStore>();
        services.TryAddSingleton<IFactPostLog, SqlFactPostLog>();
        services.TryAddSingleton<ILeaseStore, SqlLeaseStore>();
        services.TryAddSingleton<Feedback.IFeedbackStore, SqlFeedbackStore>();
        services.TryAddSingleton<ILibraryGenerationStore, SqlLibraryGenerationStore>();
        services.TryAddSingleton<ILibraryLock>(provider =>
        {
            var database = provider.GetRequiredService<IStateDatabase>();
            return database.Provider == StateProvider.Postgres
                ? new PostgresLibraryLock(database)
                : new FileLibraryLock(provider.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory);
        });
        services.TryAddSingleton<Gaps.IGapStore, SqlGapStore>();
        // Read by the adapters for every incoming message, and by the chat core: one cache per process.
        services.TryAddSingleton<Settings.IChatSettingsStore, SqlChatSettingsStore>();
        services.TryAddSingleton<Settings.ChatSettingsCache>();
        services.TryAddSingleton<Text.Synonyms.IAdminSynonymStore, SqlAdminSynonymStore>();

        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRetentionTask, StateRetention>());
        return services;
    }
}
