using HistoryBot.Core.Answers;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Chat.Commands;
using HistoryBot.Core.Diagnostics;
using HistoryBot.Core.Feedback;
using HistoryBot.Core.Gaps;
using HistoryBot.Core.Search;
using HistoryBot.Core.State;
using HistoryBot.Core.Text.Lexicon;
using HistoryBot.Core.Text.Synonyms;
using HistoryBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HistoryBot.Core.Tests.Chat;

/// <summary>
/// /synonyms over the real library and a real state.db: a pair an admin adds answers a question
/// the sources never word that way, at once and without a reindex; removing it brings the old
/// answer back; the trash restores it; members and moderators change nothing.
/// </summary>
public sealed class SynonymsTests : IClassFixture<LibraryFixture>, IDisposable
{
    /// <summary>
    /// The sources never say "Kremlin", and WordNet does not make it the USSR: this library reads WordNet and the
    /// admins' pairs only (not the shipped metonyms, which know the Kremlin), so it is not found without the admins' pair.
    /// </summary>
    private const string KremlinQuestion = "When did the Kremlin ask to join NATO?";

    private static readonly Lazy<EnglishSynonyms> WordNet = new(() => EnglishSynonyms.Open(EnglishSynonyms.DefaultDirectory));

    private readonly LibraryFixture _fixture;
    private readonly TempDirectory _temp = new();
    private readonly ManualTimeProvider _time = new();
    private readonly ServiceProvider _provider;
    private readonly IChatBot _bot;

    public SynonymsTests(LibraryFixture fixture)
    {
        _fixture = fixture;
        var library = fixture.Library;
        var services = new ServiceCollection();
        services.AddSingleton<IStateDatabase>(new SqliteStateDatabase(_temp.Combine("state.db")));
        services.AddSingleton<IAdminSynonymStore, SqlAdminSynonymStore>();
        services.AddSingleton(library.Analyzer);
        services.AddSingleton<AdminSynonyms>();
        services.AddSingleton<IQueryService>(provider => new QueryService(library.Index,
            new Searcher(library.Analyzer, library.Detector, CrossLanguageLexicon.LoadDefault(library.Analyzer),
                new SynonymSources([WordNet.Value, provider.GetRequiredService<AdminSynonyms>()])),
            library.Judge));
        services.AddSingleton<IQuestionStore, SqlQuestionStore>();
        services.AddSingleton<IFeedbackStore, SqlFeedbackStore>();
        services.AddSingleton<IGapStore, SqlGapStore>();
        services.AddSingleton<IAuditLog, SqlAuditLog>();
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton(Options.Create(new ChatOptions { QuestionsPerMinute = 100, MaxQuestionLength = 500 }));
        services.AddSingleton(Options.Create(new RetentionOptions()));
        services.AddSingleton<RateLimiter>();
        services.AddMetrics();
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<IChatCommand, AskCommand>();
        services.AddSingleton<IChatCommand, SynonymsCommand>();
        services.AddSingleton<IChatBot>(provider => new ChatBot(provider.GetServices<IChatCommand>(), [], NullLogger<ChatBot>.Instance));
        _provider = services.BuildServiceProvider();
        _bot = _provider.GetRequiredService<IChatBot>();
    }

    public void Dispose()
    {
        _provider.Dispose();
        _temp.Dispose();
    }

    private static ChatMessage Admin(string text) =>
        new(new ChatOrigin(Platform.Telegram, new ChatId("42"), new UserId("42"), "alice", ChatRole.Admin, ChatKind.Private), text);

    private static ChatMessage From(ChatRole role, string text) =>
        new(new ChatOrigin(Platform.Telegram, new ChatId("-100"), new UserId(role.ToString()), "someone", role, ChatKind.Group), text);

    private async Task<Answer> AskAsync(string question) => await _provider.GetRequiredService<IQueryService>().AskAsync(question);

    [Fact]
    public async Task An_added_synonym_answers_a_question_that_was_not_found_at_once_without_a_reindex_and_removing_it_restores_not_found()
    {
        // Arrange: asked once first, so anything cached from that question would be in the way.
        var generation = (await _fixture.Library.Queries.StatsAsync()).Generation;
        var before = await _bot.HandleAsync(Admin(KremlinQuestion));

        // Act
        var added = await _bot.HandleAsync(Admin("/synonyms add en Kremlin USSR"));
        var answered = await _bot.HandleAsync(Admin(KremlinQuestion));
        var explained = await AskAsync(KremlinQuestion);
        var removed = await _bot.HandleAsync(Admin("/synonyms remove 1"));
        var after = await _bot.HandleAsync(Admin(KremlinQuestion));

        // Assert
        Assert.Equal(ReplyKind.NotFound, before.Kind);
        Assert.Equal("Added #1: “Kremlin” = “USSR” (English). New questions use it now, in both directions.\n/synonyms remove 1 undoes it.", added.Body.ToPlainText());
        Assert.Equal(ReplyKind.Answer, answered.Kind);
        Assert.Contains("On March 31, 1954", answered.Body.ToPlainText());
        var kremlin = Assert.Single(explained.Decision!.Words, word => word.Word == "Kremlin");
        Assert.Equal((HistoryBot.Core.Search.MatchKind.Synonym, "USSR", AdminSynonyms.SourceName), (kremlin.Kind, kremlin.Matched, kremlin.Source));
        Assert.StartsWith("Removed #1: “Kremlin” = “USSR” (English). New questions no longer use it.", removed.Body.ToPlainText());
        Assert.Equal(ReplyKind.NotFound, after.Kind);
        Assert.Equal(generation, (await _fixture.Library.Queries.StatsAsync()).Generation);
    }

    [Fact]
    public async Task A_removed_synonym_waits_in_the_trash_and_restore_by_number_or_by_pair_puts_it_back()
    {
        // Arrange
        await _bot.HandleAsync(Admin("/synonyms add en Kremlin USSR"));
        await _bot.HandleAsync(Admin("/synonyms add lt Kremlius SSRS"));
        await _bot.HandleAsync(Admin("/synonyms remove USSR Kremlin"));
        _time.Advance(TimeSpan.FromMinutes(1));
        await _bot.HandleAsync(Admin("/synonyms remove 2"));

        // Act
        var trash = await _bot.HandleAsync(Admin("/synonyms restore"));
        var byPair = await _bot.HandleAsync(Admin("/synonyms restore kremlin ussr"));
        var answered = await _bot.HandleAsync(Admin(KremlinQuestion));
        var byNumber = await _bot.HandleAsync(Admin("/synonyms restore #2"));
        var again = await _bot.HandleAsync(Admin("/synonyms restore 2"));
        var list = await _bot.HandleAsync(Admin("/synonyms list"));

        // Assert
        Assert.Equal("Synonym trash (2)", trash.Title);
        var lines = trash.Body.ToPlainText().Split('\n');
        Assert.StartsWith("#2 “Kremlius” = “SSRS” · Lithuanian · removed by alice (Telegram)", lines[1]);
        Assert.StartsWith("#1 “Kremlin” = “USSR” · English · removed by alice (Telegram)", lines[2]);
        Assert.Equal("Restored #1: “Kremlin” = “USSR” (English). New questions use it again.", byPair.Body.ToPlainText());
        Assert.Equal(ReplyKind.Answer, answered.Kind);
        Assert.StartsWith("Restored #2", byNumber.Body.ToPlainText());
        Assert.Equal((ReplyKind.Error, "There is no synonym #2 in the trash. /synonyms restore lists it."), (again.Kind, again.Body.ToPlainText()));
        Assert.Equal("Synonyms (2)", list.Title);
        Assert.Contains("#1 “Kremlin” = “USSR” · English · alice (Telegram)", list.Body.ToPlainText());
        Assert.Contains("#2 “Kremlius” = “SSRS” · Lithuanian · alice (Telegram)", list.Body.ToPlainText());
    }

    [Fact]
    public async Task Bad_input_duplicates_and_removing_what_is_not_there_get_clear_messages_and_change_nothing()
    {
        // Arrange
        await _bot.HandleAsync(Admin("/synonyms add en Kremlin USSR"));
        var inputs = new Dictionary<string, string>
        {
            ["/synonyms add en Kremlin"] = "Give two words (/synonyms add en bid request), or two phrases of up to two words with = between them (/synonyms add en turned down = rejected).",
            ["/synonyms add en the Kremlin = USSR"] = "“the” is a stop word in English: questions are never searched by it there. Use another word.",
            ["/synonyms add Soviet Union = the USSR"] = "“the” is a stop word in English: questions are never searched by it there. Give the language (/synonyms add en …) or use another word.",
            ["/synonyms add en Moscow Kremlin Palace = USSR"] = "“Moscow Kremlin Palace” has 3 words; a side is one word or two (“turned down”), since questions are read a word or two at a time.",
            ["/synonyms add en Kremlin kremlin"] = "“Kremlin” and “kremlin” are the same word (case and accents do not count).",
            ["/synonyms add en requests request"] = "“requests” and “request” are forms of one word in English: questions already match both.",
            ["/synonyms add en 1954 year"] = "“1954” starts with a number; numbers are matched as written and have no synonyms.",
            ["/synonyms add en " + new string('k', 41) + " USSR"] = $"“{new string('k', 40)}…” is too long: a side has at most 40 characters.",
            ["/synonyms add en a = b = c"] = "Give two words (/synonyms add en bid request), or two phrases of up to two words with = between them (/synonyms add en turned down = rejected).",
            ["/synonyms remove Kremlin Moscow"] = "“Kremlin” = “Moscow” is not in use. /synonyms list shows what is.",
            ["/synonyms remove 7"] = "There is no synonym #7 in use. /synonyms list shows them.",
            ["/synonyms remove"] = "Say which synonym to remove: /synonyms remove <number> (as /synonyms list shows it) or the pair.",
            ["/synonyms list xx"] = "\"xx\" is not a language. Use en, lt, ro or tl, or leave it out for all.",
        };

        // Act
        var replies = new Dictionary<string, Reply>();
        foreach (var input in inputs.Keys)
            replies[input] = await _bot.HandleAsync(Admin(input));
        var duplicate = await _bot.HandleAsync(Admin("/synonyms add en USSR kremlin"));
        var unknown = await _bot.HandleAsync(Admin("/synonyms rename a b"));
        var store = _provider.GetRequiredService<IAdminSynonymStore>();

        // Assert
        foreach (var (input, expected) in inputs)
            Assert.Equal((input, ReplyKind.Error, expected), (input, replies[input].Kind, replies[input].Body.ToPlainText()));
        Assert.Equal((ReplyKind.Info, "“Kremlin” = “USSR” (English) is already there (#1). Nothing changed."), (duplicate.Kind, duplicate.Body.ToPlainText()));
        Assert.StartsWith("I don't know \"/synonyms rename\".\n/synonyms add [language] <word> <word>", unknown.Body.ToPlainText());
        Assert.Single(await store.ActiveAsync());
        Assert.Empty(await store.RemovedAsync());
    }

    [Fact]
    public async Task Members_and_moderators_are_refused_and_every_admin_change_and_refused_input_is_in_the_audit_log()
    {
        // Arrange
        var audit = _provider.GetRequiredService<IAuditLog>();

        // Act
        var member = await _bot.HandleAsync(From(ChatRole.Member, "/synonyms add en Kremlin USSR"));
        var moderator = await _bot.HandleAsync(From(ChatRole.Moderator, "/synonyms add en Kremlin USSR"));
        var memberList = await _bot.HandleAsync(From(ChatRole.Member, "/synonyms list"));
        await _bot.HandleAsync(Admin("/synonyms add en Kremlin USSR"));
        await _bot.HandleAsync(Admin("/synonyms add en Kremlin"));
        await _bot.HandleAsync(Admin("/synonyms remove 1"));
        await _bot.HandleAsync(Admin("/synonyms restore 1"));
        var entries = await audit.RecentAsync(10);

        // Assert
        Assert.Equal((ReplyKind.Refusal, "Only the bot's admins may use /synonyms."), (member.Kind, member.Body.ToPlainText()));
        Assert.Equal((ReplyKind.Refusal, "Only the bot's admins may use /synonyms."), (moderator.Kind, moderator.Body.ToPlainText()));
        Assert.Equal(ReplyKind.Refusal, memberList.Kind);
        Assert.Equal(
        [
            ("synonyms restore 1", "ok: restored #1 “Kremlin” = “USSR” (en)"),
            ("synonyms remove 1", "ok: removed #1 “Kremlin” = “USSR” (en)"),
            ("synonyms add en Kremlin", "rejected: bad pair"),
            ("synonyms add en Kremlin USSR", "ok: added #1 “Kremlin” = “USSR” (en)"),
        ], entries.Select(entry => (entry.Action, entry.Result)));
        Assert.All(entries, entry => Assert.Equal("alice", entry.UserName));
        Assert.Single(await _provider.GetRequiredService<IAdminSynonymStore>().ActiveAsync());
    }

    [Fact]
    public async Task A_pair_without_a_language_applies_to_questions_in_every_language_and_one_with_a_language_only_there()
    {
        // Arrange
        var synonyms = _provider.GetRequiredService<AdminSynonyms>();
        await synonyms.EnsureLoadedAsync();

        // Act
        await _bot.HandleAsync(Admin("/synonyms add Kremlin = Soviet Union"));
        await _bot.HandleAsync(Admin("/synonyms add ro cerere = solicitare"));
        var english = synonyms.For("kremlin", "en");
        var lithuanian = synonyms.For("kremlin", "lt");
        var backwards = synonyms.For("soviet union", "en");
        var inflected = synonyms.For("cererile", "ro");
        var otherLanguage = synonyms.For("cerere", "en");
        var listRomanian = await _bot.HandleAsync(Admin("/synonyms list ro"));
        var listEnglish = await _bot.HandleAsync(Admin("/synonyms list en"));

        // Assert
        Assert.Equal([new Synonym("soviet union", SynonymSources.MaxWeight, "admin")], english);
        Assert.Equal(english, lithuanian);
        Assert.Equal([new Synonym("kremlin", SynonymSources.MaxWeight, "admin")], backwards);
        Assert.Equal([new Synonym("solicitare", SynonymSources.MaxWeight, "admin")], inflected);
        Assert.Empty(otherLanguage);
        Assert.Equal("Synonyms for Romanian questions (2)", listRomanian.Title);
        Assert.Equal("Synonyms for English questions (1)", listEnglish.Title);
        Assert.Contains("#1 “Kremlin” = “Soviet Union” · all languages", listEnglish.Body.ToPlainText());
    }
}
