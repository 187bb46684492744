using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HistoryBot.Core.Administration;
using HistoryBot.Core.State;
using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Synonyms;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HistoryBot.Core.Chat.Commands;

/// <summary>
/// /synonyms add | remove | restore | list: the synonym pairs admins keep beside the built-in
/// ones (<see cref="AdminSynonyms"/>). A change applies to the next question, without a reindex.
/// Removing moves a pair to the trash, as /removesource does with a document, and /synonyms
/// restore puts it back (an added pair is undone by removing it). Bot admins only; every change
/// and every refused input is written to the audit log.
/// </summary>
public sealed partial class SynonymsCommand(
    IAdminSynonymStore store,
    AdminSynonyms synonyms,
    TextAnalyzer analyzer,
    IAuditLog audit,
    IOptions<RetentionOptions> retention,
    TimeProvider time,
    ILogger<AdminAudit>? auditLogger = null) : IChatCommand
{
    /// <summary>How many pairs may be in use at once.</summary>
    public const int MaxEntries = 500;

    /// <summary>How long one side of a pair may be, in characters.</summary>
    public const int MaxSideLength = 40;

    /// <summary>A side is one word or two: the searcher looks up each question word and each word with the next.</summary>
    public const int MaxWords = 2;

    private const int MaxArgumentsLength = 200;
    private const int MaxListed = 100;
    private const string Title = "Synonyms";
    private const string UnknownAction = "unknown action";

    private const string Usage = """
        /synonyms add [language] <word> <word> — e.g. /synonyms add en bid request
        /synonyms add [language] <phrase> = <phrase> — up to two words a side: /synonyms add en turned down = rejected
        /synonyms remove <number> (or the pair) — moves it to the trash
        /synonyms restore [number or pair] — list the trash, or put one back
        /synonyms list [language]
        Without a language a pair applies to questions in every language. Language: en, lt, ro, tl.
        """;

    private readonly AdminAudit _audit = new(audit, time, auditLogger);

    public CommandInfo Info { get; } = new(
        "synonyms",
        ChatRole.Admin,
        "Add, remove or list synonyms used in questions",
        new Dictionary<string, string>
        {
            ["lt"] = "Pridėti, pašalinti ar peržiūrėti klausimų sinonimus",
            ["ro"] = "Adăugați, ștergeți sau listați sinonime pentru întrebări",
            ["tl"] = "Magdagdag, mag-alis o maglista ng mga kasingkahulugan",
        },
        ArgumentName: "change",
        ArgumentDescription: "add bid request · remove 3 · restore [3] · list [en]");

    public async Task<Reply> ExecuteAsync(ChatMessage message, string arguments, CancellationToken cancellationToken)
    {
        var text = Spaces().Replace(arguments.Trim(), " ");
        var split = text.IndexOf(' ');
        var action = (split < 0 ? text : text[..split]).ToLowerInvariant();
        var rest = split < 0 ? "" : text[(split + 1)..];
        if (text.Length > MaxArgumentsLength)
            return await RejectAsync(message, text, $"That is too long for /synonyms ({MaxArgumentsLength} characters at most).", "too long", cancellationToken);

        switch (action)
        {
            case "" or "list":
                return await ListAsync(message, text, rest, cancellationToken);
            case "help":
                return Reply.Info(Usage, Title) with { Private = true };
            case "add":
                return await AddAsync(message, text, rest, cancellationToken);
            case "remove":
                return await RemoveAsync(message, text, rest, cancellationToken);
            case "restore":
                return await RestoreAsync(message, text, rest, cancellationToken);
            default:
                return await RejectAsync(message, text, $"I don't know \"/synonyms {BotTexts.Truncate(action, 32)}\".", UnknownAction, cancellationToken);
        }
    }

    private async Task<Reply> AddAsync(ChatMessage message, string text, string rest, CancellationToken cancellationToken)
    {
        var (pair, error) = ParsePair(rest);
        if (pair is null)
            return await RejectAsync(message, text, error!, "bad pair", cancellationToken);

        // A pair of every language already covers the same pair in one language.
        var active = await store.ActiveAsync(cancellationToken);
        if (pair.Language is not null && active.FirstOrDefault(entry => entry.Language is null && pair.SameWordsAs(entry)) is { } everywhere)
        {
            await _audit.RecordAsync(AdminActor.From(message), Action(text), $"unchanged: already there for every language (#{everywhere.Id})", cancellationToken);
            return Note($"{everywhere.Describe()} is already there for every language (#{everywhere.Id}). Nothing changed.");
        }

        var write = await store.AddAsync(pair, AdminActor.From(message).Describe(), MaxEntries, cancellationToken);
        switch (write.Status)
        {
            case AdminSynonymWriteStatus.Done:
                var added = write.Entry!;
                await synonyms.RefreshAsync(cancellationToken);
                await _audit.RecordAsync(AdminActor.From(message), Action(text), $"ok: added #{added.Id} {Audited(added)}", cancellationToken);
                return Note($"Added #{added.Id}: {added.Describe()} ({added.LanguageName}). New questions use it now, in both directions.\n/synonyms remove {added.Id} undoes it.");
            case AdminSynonymWriteStatus.Duplicate:
                var existing = write.Entry!;
                await _audit.RecordAsync(AdminActor.From(message), Action(text), $"unchanged: already there (#{existing.Id})", cancellationToken);
                return Note($"{existing.Describe()} ({existing.LanguageName}) is already there (#{existing.Id}). Nothing changed.");
            default:
                await _audit.RecordAsync(AdminActor.From(message), Action(text), $"rejected: {MaxEntries} synonyms in use", cancellationToken);
                return Reply.Error($"There are already {MaxEntries} synonyms, as many as allowed. Remove some first (/synonyms list shows them).");
        }
    }

    private async Task<Reply> RemoveAsync(ChatMessage message, string text, string rest, CancellationToken cancellationToken)
    {
        if (rest.Length == 0)
            return await RejectAsync(message, text, "Say which synonym to remove: /synonyms remove <number> (as /synonyms list shows it) or the pair.", "nothing named", cancellationToken);
        long id;
        if (ParseNumber(rest) is { } number)
        {
            id = number;
        }
        else
        {
            var (found, error) = Find(rest, await store.ActiveAsync(cancellationToken), "in use", "remove");
            if (found is null)
                return await RejectAsync(message, text, error!, "not found", cancellationToken);
            id = found.Id;
        }

        var write = await store.RemoveAsync(id, AdminActor.From(message).Describe(), cancellationToken);
        if (write.Status != AdminSynonymWriteStatus.Done)
            return await RejectAsync(message, text, $"There is no synonym #{id} in use. /synonyms list shows them.", "not found", cancellationToken);
        var removed = write.Entry!;
        await synonyms.RefreshAsync(cancellationToken);
        await _audit.RecordAsync(AdminActor.From(message), Action(text), $"ok: removed #{removed.Id} {Audited(removed)}", cancellationToken);
        return Note($"Removed #{removed.Id}: {removed.Describe()} ({removed.LanguageName}). New questions no longer use it.\n"
            + $"/synonyms restore {removed.Id} puts it back; the trash keeps it {Days(retention.Value.Trash)}.");
    }

    private async Task<Reply> RestoreAsync(ChatMessage message, string text, string rest, CancellationToken cancellationToken)
    {
        var trash = await store.RemovedAsync(cancellationToken);
        if (rest.Length == 0)
            return ListTrash(trash);
        long id;
        if (ParseNumber(rest) is { } number)
        {
            id = number;
        }
        else
        {
            var (found, error) = Find(rest, trash, "in the trash", "restore");
            if (found is null)
                return await RejectAsync(message, text, error!, "not found", cancellationToken);
            id = found.Id;
        }

        var write = await store.RestoreAsync(id, MaxEntries, cancellationToken);
        switch (write.Status)
        {
            case AdminSynonymWriteStatus.Done:
                var restored = write.Entry!;
                await synonyms.RefreshAsync(cancellationToken);
                await _audit.RecordAsync(AdminActor.From(message), Action(text), $"ok: restored #{restored.Id} {Audited(restored)}", cancellationToken);
                return Note($"Restored #{restored.Id}: {restored.Describe()} ({restored.LanguageName}). New questions use it again.");
            case AdminSynonymWriteStatus.Duplicate:
                var again = write.Entry!;
                await _audit.RecordAsync(AdminActor.From(message), Action(text), $"unchanged: added again meanwhile (#{again.Id})", cancellationToken);
                return Note($"{again.Describe()} ({again.LanguageName}) was added again meanwhile (#{again.Id}) and is in use. Nothing changed.");
            case AdminSynonymWriteStatus.Full:
                await _audit.RecordAsync(AdminActor.From(message), Action(text), $"rejected: {MaxEntries} synonyms in use", cancellationToken);
                return Reply.Error($"There are already {MaxEntries} synonyms, as many as allowed. Remove some first (/synonyms list shows them).");
            default:
                return await RejectAsync(message, text, $"There is no synonym #{id} in the trash. /synonyms restore lists it.", "not found", cancellationToken);
        }
    }

    private async Task<Reply> ListAsync(ChatMessage message, string text, string rest, CancellationToken cancellationToken)
    {
        string? language = null;
        if (rest.Length > 0 && (language = Language.Parse(rest)) is null)
            return await RejectAsync(message, text, $"\"{BotTexts.Truncate(rest, 32)}\" is not a language. Use en, lt, ro or tl, or leave it out for all.", "bad language", cancellationToken);

        var entries = (await store.ActiveAsync(cancellationToken))
            .Where(entry => language is null || entry.Language is null || entry.Language == language)
            .ToList();
        var scope = language is null ? "" : $" for {Language.DisplayName(language)} questions";
        if (entries.Count == 0)
            return Note($"No synonyms added{scope} yet. Add one: /synonyms add en bid request (/synonyms help shows how).");
        var list = new StringBuilder();
        foreach (var entry in entries.Take(MaxListed))
            list.Append(CultureInfo.InvariantCulture, $"#{entry.Id} {entry.Describe()} · {entry.LanguageName} · {entry.AddedBy}, {Day(entry.AddedAt)}\n");
        if (entries.Count > MaxListed)
            list.Append(CultureInfo.InvariantCulture, $"… and {entries.Count - MaxListed} more: /synonyms list <language> narrows the list.\n");
        return new Reply
        {
            Kind = ReplyKind.Info,
            Title = $"Synonyms{scope} ({entries.Count})",
            Body = RichText.Plain(list.ToString().TrimEnd()),
            Footer = "Each pair works both ways, beside the built-in synonyms. /synonyms remove <number> moves one to the trash.",
            Private = true,
        };
    }

    private static Reply ListTrash(IReadOnlyList<AdminSynonym> trash)
    {
        if (trash.Count == 0)
            return Note("The synonym trash is empty: no synonym was removed.");
        var list = new StringBuilder("Newest first:");
        foreach (var entry in trash.Take(MaxListed))
            list.Append(CultureInfo.InvariantCulture, $"\n#{entry.Id} {entry.Describe()} · {entry.LanguageName} · removed by {entry.RemovedBy}, {ReindexCoordinator.Clock(entry.RemovedAt!.Value)}");
        list.Append("\nPut one back with /synonyms restore <number>.");
        return new Reply { Kind = ReplyKind.Info, Title = $"Synonym trash ({trash.Count})", Body = RichText.Plain(list.ToString()), Private = true };
    }

    /// <summary>The one entry of <paramref name="entries"/> with the pair's words (in its language, when one is given).</summary>
    private (AdminSynonym? Found, string? Error) Find(string rest, IReadOnlyList<AdminSynonym> entries, string where, string verb)
    {
        var (pair, error) = ParsePair(rest, checkWords: false);
        if (pair is null)
            return (null, error);
        var matching = entries.Where(entry => pair.SameWordsAs(entry) && (pair.Language is null || entry.Language == pair.Language)).ToList();
        if (matching.Count == 1 || (matching.Count > 1 && verb == "restore" && matching.Select(entry => entry.Language).Distinct().Count() == 1))
            return (matching[0], null);
        if (matching.Count == 0)
        {
            var scope = pair.Language is null ? "" : $" for {Language.DisplayName(pair.Language)}";
            return (null, $"“{pair.FirstText}” = “{pair.SecondText}” is not {where}{scope}. {(verb == "restore" ? "/synonyms restore" : "/synonyms list")} shows what is.");
        }
        var choices = string.Join(", ", matching.Select(entry => $"#{entry.Id} ({entry.LanguageName})"));
        return (null, $"That pair is {where} more than once: {choices}. Say which: /synonyms {verb} <number>.");
    }

    /// <summary>"[language] word word" or "[language] phrase = phrase".</summary>
    private (AdminSynonymPair? Pair, string? Error) ParsePair(string rest, bool checkWords = true)
    {
        string? language = null;
        var sides = Sides(rest);
        var space = rest.IndexOf(' ');
        // A language code ("en") always is the language; a language's name ("romana") only when the words are no pair without it.
        if (space > 0 && Language.Parse(rest[..space]) is { } code && (Language.IsSupported(rest[..space].ToLowerInvariant()) || sides is null))
        {
            language = code;
            sides = Sides(rest[(space + 1)..]);
        }
        if (sides is not { } pair)
            return (null, "Give two words (/synonyms add en bid request), or two phrases of up to two words with = between them (/synonyms add en turned down = rejected).");

        var languages = language is null ? Language.All : [language];
        var (first, firstError) = Side(pair.Left, languages, language is null, checkWords);
        if (first is null)
            return (null, firstError);
        var (second, secondError) = Side(pair.Right, languages, language is null, checkWords);
        if (second is null)
            return (null, secondError);
        if (first.Value.Folded == second.Value.Folded)
            return (null, $"“{first.Value.Text}” and “{second.Value.Text}” are the same word (case and accents do not count).");
        if (checkWords && languages.All(one => Stems(first.Value.Folded, one) == Stems(second.Value.Folded, one)))
            return (null, $"“{first.Value.Text}” and “{second.Value.Text}” are forms of one word{(language is null ? "" : " in " + Language.DisplayName(language))}: questions already match both.");
        return (AdminSynonymPair.Create(language, first.Value.Folded, first.Value.Text, second.Value.Folded, second.Value.Text), null);
    }

    /// <summary>The two sides: split at "=" when there is one, else exactly two words.</summary>
    private static (string Left, string Right)? Sides(string text)
    {
        var equals = text.Split('=');
        if (equals.Length == 2)
            return (equals[0].Trim(), equals[1].Trim());
        if (equals.Length > 2)
            return null;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 ? (words[0], words[1]) : null;
    }

    private static ((string Text, string Folded)? Side, string? Error) Side(string text, IReadOnlyList<string> languages, bool everyLanguage, bool checkWords)
    {
        if (text.Length == 0)
            return (null, "One side of the pair is empty: /synonyms add en turned down = rejected.");
        if (text.Length > MaxSideLength)
            return (null, $"“{BotTexts.Truncate(text, MaxSideLength)}” is too long: a side has at most {MaxSideLength} characters.");
        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count == 0)
            return (null, $"“{text}” has no letters or digits.");
        if (tokens.Count > MaxWords)
            return (null, $"“{text}” has {tokens.Count} words; a side is one word or two (“turned down”), since questions are read a word or two at a time.");
        var folded = string.Join(' ', tokens.Select(token => token.Folded));
        if (!checkWords)
            return ((text, folded), null);
        if (char.IsDigit(tokens[0].Folded[0]))
            return (null, $"“{text}” starts with a number; numbers are matched as written and have no synonyms.");
        foreach (var language in languages)
        {
            if (StopWords.For(language).Contains(tokens[0].Folded))
                return (null, $"“{tokens[0].Surface}” is a stop word in {Language.DisplayName(language)}: questions are never searched by it there. "
                    + (everyLanguage ? "Give the language (/synonyms add en …) or use another word." : "Use another word."));
        }
        return ((text, folded), null);
    }

    private string Stems(string folded, string language) =>
        string.Join(' ', folded.Split(' ').Select(word => analyzer.Stem(word, language)));

    private static long? ParseNumber(string text)
    {
        var digits = text.StartsWith('#') ? text[1..] : text;
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
    }

    private async Task<Reply> RejectAsync(ChatMessage message, string text, string error, string reason, CancellationToken cancellationToken)
    {
        await _audit.RecordAsync(AdminActor.From(message), Action(text), "rejected: " + reason, cancellationToken);
        return Reply.Error(reason == UnknownAction ? error + "\n" + Usage : error);
    }

    private static Reply Note(string text) => Reply.Info(text, Title) with { Private = true };

    private static string Action(string text) => "synonyms " + BotTexts.Truncate(text, 100);

    private static string Audited(AdminSynonym entry) => $"{entry.Describe()} ({entry.Language ?? "all"})";

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Days(TimeSpan span) => span.TotalDays >= 1 ? $"{span.TotalDays:0.#} days" : $"{span.TotalHours:0.#} hours";


    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
