using System.Text.RegularExpressions;
using HistoryBot.Core.Answers;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Text;

namespace HistoryBot.Core.Facts;

/// <summary>
/// Finds the facts in a corpus: sentences that state a dated event, and undated sentences
/// that make a notable statement about named people, places or bodies. A sentence that leans
/// on the one before ("It was he who…", "Būtent jis…", "Siya ang…", "Ea a cerut…") comes with
/// it, so every fact reads on its own. Page furniture never becomes a fact.
/// </summary>
public sealed partial class FactMiner
{
    /// <summary>Longer texts make poor posts; the paragraph is one "Tell me more" away.</summary>
    public const int MaxTextLength = 700;

    private const int MinWords = 4;
    private const int MinWordsUndated = 8;
    private const int MaxWordsUndated = 100;

    // Conditions and questions are not facts: "If the West accepted…", "Who actually shot…".
    private static readonly HashSet<string> Hedges = ["if", "who", "what", "why", "whether", "jei", "jeigu", "kas", "kodel", "daca", "cine", "kung", "sino", "bakit"];

    // Words that point back at something named earlier, by language (folded).
    private static readonly Dictionary<string, HashSet<string>> PointingBack = new()
    {
        [Language.English] = ["he", "she", "it", "they", "him", "her", "his", "its", "their", "them", "this", "these", "those", "that", "here", "such"],
        [Language.Lithuanian] = ["jis", "ji", "jie", "jos", "jo", "jam", "jai", "jiems", "joje", "jame", "tai", "sis", "si", "sie", "sios", "sio", "tas", "ta", "to", "tie", "cia"],
        [Language.Tagalog] = ["siya", "sila", "ito", "iyon", "iyan", "nito", "niya", "nila", "dito", "doon", "rito", "roon"],
        [Language.Romanian] = ["el", "ea", "ei", "ele", "acesta", "aceasta", "acest", "aceste", "acesti", "acestea", "aceia", "aici"],
    };

    // Quotes, brackets and spaces that may follow a sentence's last word.
    private static readonly char[] Closers = ['"', '\'', '”', '“', '»', '’', ')', ' '];

    // Openers that only introduce the pointing word: "After that", "Po to", "Būtent jis", "După aceea".
    private static readonly HashSet<string> Openers = ["after", "po", "butent", "pagkatapos", "dupa", "in", "sa"];

    /// <summary>The facts of every paragraph, in corpus order, each once.</summary>
    public IReadOnlyList<Fact> Mine(IEnumerable<Paragraph> paragraphs, CancellationToken cancellationToken = default) =>
        Mine(paragraphs, int.MaxValue, cancellationToken);

    /// <summary>
    /// The facts in corpus order, or those of them that can be among the
    /// <paramref name="perSource"/> most precisely dated (then earliest) facts of a source:
    /// once <paramref name="perSource"/> facts at least as precise as a level are found, a later
    /// fact at that level or below could never be kept, so it is not looked for (its sentence's
    /// date is still read), and once there are that many facts dated to the day, nothing later counts.
    /// </summary>
    private static List<Fact> Mine(IEnumerable<Paragraph> paragraphs, int perSource, CancellationToken cancellationToken)
    {
        var facts = new List<Fact>();
        // Facts found so far by rank: 0 undated, then 1 + their date's precision (decade to day).
        var byRank = new int[Ranks];
        var counted = 0;
        var seen = new HashSet<FactId>();
        var passage = new List<Part>();
        Paragraph? previous = null;
        foreach (var paragraph in paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Facts are only ever appended: count the new ones.
            for (; counted < facts.Count; counted++)
                byRank[Rank(facts[counted].Date)]++;
            var unkeptUpTo = UnkeptUpTo(byRank, perSource);
            // A sentence may lean on the paragraph before, but not on another source or section.
            if (previous is null || previous.SourceId != paragraph.SourceId || previous.Section != paragraph.Section)
                Flush(passage, facts, seen, unkeptUpTo);
            for (; counted < facts.Count; counted++)
                byRank[Rank(facts[counted].Date)]++;
            unkeptUpTo = UnkeptUpTo(byRank, perSource);
            if (unkeptUpTo == Ranks - 1)
                return facts;
            previous = paragraph;
            // Furniture the loader let through ("Video: …") is skipped whole, with all its sentences.
            if (IsFurniture(paragraph.Text))
            {
                Flush(passage, facts, seen, unkeptUpTo);
                continue;
            }

            var sentences = SentenceSplitter.Split(paragraph.Text);
            foreach (var range in sentences)
            {
                var sentence = paragraph.Text.Substring(range.Start, range.Length).Trim();
                var entry = new Part(paragraph, sentence, sentences.Count == 1);
                if (passage.Count > 0 && LeansOnPrevious(sentence, paragraph.Language))
                {
                    if (Length(passage) + 1 + sentence.Length > MaxTextLength)
                    {
                        // Too long to post: keep only the sentence it leans on.
                        var last = passage[^1];
                        Flush(passage, facts, seen, unkeptUpTo);
                        passage.Add(last);
                    }
                    passage.Add(entry);
                    continue;
                }
                Flush(passage, facts, seen, unkeptUpTo);
                passage.Add(entry);
                // A caption stands alone: nothing after it leans on it.
                if (entry.AloneInParagraph && IsCaption(sentence))
                    Flush(passage, facts, seen, unkeptUpTo);
            }
        }
        Flush(passage, facts, seen, -1);
        return facts;
    }

    private const int Ranks = 5;

    private const int YearRank = 1 + (int)DatePrecision.Year;

    private static int Rank(FactDate? date) => date is null ? 0 : 1 + (int)date.Precision;

    /// <summary>
    /// The highest rank at which <paramref name="perSource"/> facts of that rank or better are
    /// already found (-1 when there is none): a later fact of that rank or lower is never kept.
    /// </summary>
    private static int UnkeptUpTo(int[] byRank, int perSource)
    {
        var atLeast = 0;
        for (var rank = Ranks - 1; rank >= 0; rank--)
        {
            atLeast += byRank[rank];
            if (atLeast >= perSource)
                return rank;
        }
        return -1;
    }

    /// <summary>
    /// The facts of <see cref="Mine"/> that a source's <paramref name="perSource"/> most
    /// precisely dated (then earliest) facts can come from, mined on up to
    /// <paramref name="parallelism"/> threads: a passage never crosses from one source to the
    /// next, so each run of one source's paragraphs is mined on its own, until it holds
    /// <paramref name="perSource"/> facts dated to the day, and the runs are joined in corpus order.
    /// </summary>
    public IReadOnlyList<Fact> MineBySource(IReadOnlyList<Paragraph> paragraphs, int parallelism, int perSource, CancellationToken cancellationToken = default)
    {
        var runs = new List<(int Start, int End)>();
        for (var start = 0; start < paragraphs.Count;)
        {
            var end = start + 1;
            while (end < paragraphs.Count && paragraphs[end].SourceId == paragraphs[start].SourceId)
                end++;
            runs.Add((start, end));
            start = end;
        }
        var mined = new List<Fact>[runs.Count];
        Parallel.For(0, runs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken },
            run => mined[run] = Mine(Range(paragraphs, runs[run].Start, runs[run].End), perSource, cancellationToken));
        var facts = new List<Fact>();
        var seen = new HashSet<FactId>();
        foreach (var run in mined)
        {
            foreach (var fact in run)
            {
                if (seen.Add(fact.Id))
                    facts.Add(fact);
            }
        }
        return facts;
    }

    private static IEnumerable<Paragraph> Range(IReadOnlyList<Paragraph> paragraphs, int start, int end)
    {
        for (var i = start; i < end; i++)
            yield return paragraphs[i];
    }

    /// <summary>True when a sentence opens with a word that points back ("He…", "It was he who…", "Sinasabi nito…").</summary>
    public static bool LeansOnPrevious(string sentence, string language)
    {
        if (!PointingBack.TryGetValue(language, out var pointing))
            return false;
        // Only the first two words can point back.
        var words = Tokenizer.Tokenize(sentence, 2).Select(token => token.Folded).ToList();
        if (words.Count == 0)
            return false;
        if (pointing.Contains(words[0]))
            return true;
        // Tagalog puts the verb first ("Sinasabi nito…"); elsewhere a short opener may come first.
        return words.Count > 1 && (language == Language.Tagalog || Openers.Contains(words[0])) && pointing.Contains(words[1]);
    }

    /// <summary>
    /// Turns a passage (a sentence and those leaning on it) into a fact when it states a date or
    /// names enough to be notable. Its key sentence, the one cited and asked about, is the one
    /// with the most precise date, else the first.
    /// </summary>
    private static void Flush(List<Part> passage, List<Fact> facts, HashSet<FactId> seen, int unkeptUpTo)
    {
        if (passage.Count == 0)
            return;
        // Without a digit a passage can only name a decade in words: no better than rank 1.
        if (unkeptUpTo >= 1 && !passage.Exists(part => part.Sentence.AsSpan().ContainsAnyInRange('0', '9')))
        {
            passage.Clear();
            return;
        }
        var first = passage[0];
        var key = first;
        FactDate? date = null;
        foreach (var part in passage)
        {
            // Once enough facts are dated to the year, only a month or a day can make a fact count.
            var found = unkeptUpTo >= YearRank ? FactDateParser.ParseToTheMonth(part.Sentence) : FactDateParser.Parse(part.Sentence);
            if (found is not null && (date is null || found.Precision > date.Precision))
            {
                date = found;
                key = part;
            }
        }
        // A fact no better dated than enough facts found before it would not be kept: not worth judging.
        if (Rank(date) <= unkeptUpTo)
        {
            passage.Clear();
            return;
        }
        var text = string.Join(' ', passage.Select(part => part.Sentence));
        var fact = IsFact(passage.Select(part => part.Sentence).ToList(), first.AloneInParagraph, text, date, first.Paragraph.Language);
        passage.Clear();
        if (!fact)
            return;

        var paragraph = key.Paragraph;
        var id = FactId.For(paragraph.SourceId.Value, paragraph.Number, key.Sentence);
        if (!seen.Add(id))
            return;
        var citation = new Citation(paragraph.SourceId, paragraph.SourceTitle, paragraph.Section, paragraph.Number, paragraph.Language);
        facts.Add(new Fact(id, text, key.Sentence, date, paragraph.Language, citation));
    }

    private static bool IsFact(List<string> sentences, bool aloneInParagraph, string text, FactDate? date, string language)
    {
        var opening = sentences[0];
        if (text.Length > MaxTextLength)
            return false;
        // A fragment ("” And also: …") or a lower-case start is a splitting accident, not a fact.
        var firstLetter = opening.FirstOrDefault(char.IsLetterOrDigit);
        if (firstLetter == default || char.IsLower(firstLetter) || opening.TrimStart()[0] is '”' or '’' or '»')
            return false;
        var end = sentences[^1].TrimEnd(Closers);
        if (end.EndsWith('?') || end.EndsWith(':'))
            return false;
        if (sentences.Count == 1 && aloneInParagraph && IsCaption(opening))
            return false;
        // A dated passage needs no more than four words, which most have among their first four tokens.
        if (date is not null && Tokenizer.Tokenize(text, MinWords).Count(IsWord) == MinWords)
            return true;
        // The text is its sentences joined by spaces, so its words are theirs: each sentence is read once.
        var tokens = sentences.Select(sentence => Tokenizer.Tokenize(sentence)).ToList();
        var words = tokens.SelectMany(sentence => sentence).Where(IsWord).ToList();
        if (words.Count < MinWords)
            return false;
        if (date is not null)
            return true;
        if (words.Count < MinWordsUndated || words.Count > MaxWordsUndated)
            return false;
        if (Hedges.Contains(words[0].Folded))
            return false;
        var names = tokens.Sum(sentence => Names(sentence, language));
        return names >= 2 || (names >= 1 && Quotation().IsMatch(text));
    }

    private static bool IsWord(Token token) => char.IsLetter(token.Surface[0]);

    /// <summary>A paragraph of one line without a full stop is a caption: "The story of the "Boeing" put an end to…".</summary>
    private static bool IsCaption(string sentence)
    {
        var end = sentence.TrimEnd(Closers);
        return !(end.Length > 0 && end[^1] is '.' or '!' or '…');
    }

    /// <summary>
    /// Names a sentence mentions past its first word: runs of capitalised words ("Dwight
    /// Eisenhower", "United States") and acronyms ("USSR"), each distinct run once.
    /// </summary>
    private static int Names(List<Token> words, string language)
    {
        var stopWords = StopWords.For(language);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var run = new List<string>();
        for (var i = 1; i <= words.Count; i++)
        {
            var isName = i < words.Count && char.IsUpper(words[i].Surface[0]) && !stopWords.Contains(words[i].Folded);
            if (isName)
            {
                run.Add(words[i].Folded);
                continue;
            }
            if (run.Count > 0)
                names.Add(string.Join(' ', run));
            run.Clear();
        }
        return names.Count;
    }

    private static int Length(List<Part> passage) =>
        passage.Sum(part => part.Sentence.Length + 1) - 1;

    /// <summary>A sentence of a paragraph; a paragraph of one sentence may be a caption.</summary>
    private readonly record struct Part(Paragraph Paragraph, string Sentence, bool AloneInParagraph);

    /// <summary>
    /// Whether <see cref="Furniture"/> matches. Its link part (any "http://", "https://" or
    /// "www.", in any case) is searched for through the whole paragraph, which took a tenth of
    /// the facts' time in a large build; a paragraph with neither "://" nor "www." (in any case:
    /// only "w" and "W" are the regular expression's "w" ignoring case) cannot hold one, so
    /// only the anchored heading part is tried on it.
    /// </summary>
    internal static bool IsFurniture(string text) =>
        text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase)
            ? Furniture().IsMatch(text)
            : FurnitureHeading().IsMatch(text);

    [GeneratedRegex(@"^\s*(video|watch the video|watch video|image|photo|foto|recommended|popular categories|table of contents|contents|read also|read more|see also|share|advertisement|anonim|tags)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureHeading();

    [GeneratedRegex(@"^\s*(video|watch the video|watch video|image|photo|foto|recommended|popular categories|table of contents|contents|read also|read more|see also|share|advertisement|anonim|tags)\b|https?://|www\.", RegexOptions.IgnoreCase)]
    internal static partial Regex Furniture();

    // A quotation of four words or more: "The unreal nature of the proposal…".
    [GeneratedRegex(@"[""“„«][^""“”„«»]*(\s[^""“”„«»\s]+){3,}[^""“”„«»]*[""”“»]")]
    private static partial Regex Quotation();
}
