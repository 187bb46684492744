using HistoryBot.Core.Answers;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Chat.Commands;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Search;
using HistoryBot.Core.State;
using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Lexicon;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>The library, the query service, the state store and the chat core.</summary>
    public static IHostApplicationBuilder AddHistoryBotCore(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ChatOptions>().BindConfiguration(ChatOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<TextAnalyzer>();
        services.AddSingleton<LanguageDetector>();
        services.AddSingleton<CorpusLoader>();
        services.AddSingleton<IndexBuilder>();
        services.AddSingleton<SearchIndex>();
        services.AddSingleton(provider => CrossLanguageLexicon.LoadDefault(provider.GetRequiredService<TextAnalyzer>()));
        services.AddSingleton<Searcher>();
        services.AddSingleton(provider => Text.Synonyms.EnglishSynonyms.Open(
            provider.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Text:WordNetDirectory"],
            provider.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>().CreateLogger<Text.Synonyms.EnglishSynonyms>()));
        // Every ISynonymSource registered is asked for each new question (SynonymSources).
        services.AddSingleton<Text.Synonyms.ISynonymSource>(provider => provider.GetRequiredService<Text.Synonyms.EnglishSynonyms>());
        // A name that stands for others: a capital for its state ("Why was Moscow upset…").
        services.AddSingleton<Text.Synonyms.ISynonymSource>(_ => Text.Synonyms.MetonymSynonyms.LoadDefault());
        // The admins' pairs (/synonyms), kept in the state store and followed across replicas.
        services.AddOptions<Text.Synonyms.SynonymOptions>().BindConfiguration(Text.Synonyms.SynonymOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Text.Synonyms.AdminSynonyms>();
        services.AddSingleton<Text.Synonyms.ISynonymSource>(provider => provider.GetRequiredService<Text.Synonyms.AdminSynonyms>());
        services.AddHostedService<Text.Synonyms.AdminSynonymRefresher>();
        services.AddSingleton<Text.Synonyms.SynonymSources>();
        services.AddSingleton(_ => Answers.Judging.AnswerModel.LoadDefault());
        services.AddSingleton<Answers.Judging.AnswerJudge>();
        services.AddSingleton<IQueryService, QueryService>();

        services.AddStateStores();
        // Commands that change something (admin and moderator ones alike) write the audit log through it.
        services.AddSingleton<Administration.AdminAudit>();
        // The retention runs in the bot's process (not in one-shot commands that only build the core).
        services.AddSingleton<RetentionService>();
        services.AddHostedService(provider => provider.GetRequiredService<RetentionService>());
        services.AddSingleton<AdapterStatus>();
        services.AddMetrics();
        services.AddSingleton<Diagnostics.BotMetrics>();
        services.AddSingleton<IStatusContributor, Diagnostics.MetricsStatusContributor>();

        services.AddSingleton<RateLimiter>();
        services.AddSingleton<IRetentionTask, RateLimitRetention>();
        services.AddSingleton<IChatCommand, AskCommand>();
        services.AddSingleton<IChatCommand, HelpCommand>();
        services.AddSingleton<IChatCommand, SourcesCommand>();
        services.AddSingleton<IChatCommand, StatusCommand>();
        foreach (var prefix in AnswerActions.Prefixes)
        {
            services.AddSingleton<IChatActionHandler>(provider =>
                new AnswerActions(provider.GetRequiredService<IQueryService>(), provider.GetRequiredService<IQuestionStore>(), provider.GetRequiredService<RateLimiter>(), prefix,
                    provider.GetRequiredService<Feedback.IFeedbackStore>()));
        }
        services.AddSingleton<IChatActionHandler, VoteActions>();
        services.AddSingleton<IChatActionHandler, VoteReasonActions>();
        services.AddSingleton<Gaps.GapReport>();
        services.AddSingleton<Gaps.GapDigestSignal>();
        services.AddSingleton<IChatCommand, GapsCommand>();
        services.AddHostedService<Gaps.GapDigestScheduler>();
        services.AddSingleton<IChatCommand, SettingsCommand>();
        services.AddSingleton<IChatCommand, SynonymsCommand>();
        services.AddSingleton<IRetentionTask, Text.Synonyms.SynonymTrashRetention>();
        services.AddSingleton<IChatBot, ChatBot>();
        return builder;
    }
}
