using System.Collections.Concurrent;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace HistoryBot.Core.Text.Synonyms;

/// <summary>
/// Reads a WordNet 3.0 database as Debian's wordnet-base installs it (/usr/share/wordnet):
/// the sorted index.{noun,verb,adj,adv} files are held in memory and searched by binary
/// search; a sense's line in data.* is read at the byte offset the index gives; inflected
/// forms go to their lemma with the *.exc exception lists and WordNet's detachment rules
/// ("morphy"). Format: wndb(5WN).
/// </summary>
public sealed class WordNetDatabase : IDisposable
{
    private static readonly (WordNetPartOfSpeech Pos, string Suffix)[] Parts =
    [
        (WordNetPartOfSpeech.Noun, "noun"), (WordNetPartOfSpeech.Verb, "verb"),
        (WordNetPartOfSpeech.Adjective, "adj"), (WordNetPartOfSpeech.Adverb, "adv"),
    ];

    // morphy's detachment rules, per part of speech: (ending, replacement).
    private static readonly Dictionary<WordNetPartOfSpeech, (string Ending, string Replacement)[]> Detachments = new()
    {
        [WordNetPartOfSpeech.Noun] = [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")],
        [WordNetPartOfSpeech.Verb] = [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")],
        [WordNetPartOfSpeech.Adjective] = [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
        [WordNetPartOfSpeech.Adverb] = [],
    };

    private readonly Dictionary<WordNetPartOfSpeech, IndexFile> _index = new();
    private readonly Dictionary<WordNetPartOfSpeech, SafeFileHandle> _data = new();
    private readonly Dictionary<WordNetPartOfSpeech, Dictionary<string, string[]>> _exceptions = new();
    private readonly ConcurrentDictionary<(WordNetPartOfSpeech, long), WordNetSynset> _synsets = new();

    private WordNetDatabase(string directory)
    {
        Directory = directory;
    }

    public string Directory { get; }

    /// <summary>
    /// Opens the database in <paramref name="directory"/>, or returns null with the reason when
    /// a file is missing or unreadable (the caller runs without synonyms).
    /// </summary>
    public static WordNetDatabase? TryOpen(string directory, out string? error)
    {
        var database = new WordNetDatabase(directory);
        try
        {
            foreach (var (pos, suffix) in Parts)
            {
                database._index[pos] = new IndexFile(File.ReadAllBytes(Path.Combine(directory, "index." + suffix)));
                database._data[pos] = File.OpenHandle(Path.Combine(directory, "data." + suffix));
                var exceptions = Path.Combine(directory, suffix + ".exc");
                database._exceptions[pos] = File.Exists(exceptions) ? ReadExceptions(exceptions) : [];
            }
            error = null;
            return database;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            database.Dispose();
            error = ex is FileNotFoundException or DirectoryNotFoundException
                ? $"no WordNet database at {directory} ({Path.GetFileName((ex as FileNotFoundException)?.FileName ?? directory)} missing)"
                : $"WordNet database at {directory} unreadable: {ex.Message}";
            return null;
        }
    }

    /// <summary>The lemma's senses in WordNet's order (most frequent first); empty when unknown.</summary>
    public IReadOnlyList<WordNetSynset> Senses(string lemma, WordNetPartOfSpeech pos)
    {
        var key = lemma.Trim().ToLowerInvariant().Replace(' ', '_');
        if (key.Length == 0 || _index[pos].Find(key) is not { } line)
            return [];
        // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 4 || !int.TryParse(fields[2], out var synsetCount) || !int.TryParse(fields[3], out var pointerCount))
            return [];
        var first = 4 + pointerCount + 2;
        var senses = new List<WordNetSynset>(synsetCount);
        for (var i = first; i < fields.Length && senses.Count < synsetCount; i++)
        {
            if (long.TryParse(fields[i], out var offset) && ReadSynset(pos, offset) is { } synset)
                senses.Add(synset);
        }
        return senses;
    }

    /// <summary>
    /// How many of the lemma's senses in this part of speech were seen in WordNet's tagged
    /// corpus (the index's tagsense_cnt); 0 when none was, or the lemma is unknown.
    /// </summary>
    public int TaggedSenseCount(string lemma, WordNetPartOfSpeech pos)
    {
        var key = lemma.Trim().ToLowerInvariant().Replace(' ', '_');
        if (key.Length == 0 || _index[pos].Find(key) is not { } line)
            return 0;
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length >= 4 && int.TryParse(fields[3], out var pointerCount) && fields.Length > 5 + pointerCount
            && int.TryParse(fields[5 + pointerCount], out var tagged) ? tagged : 0;
    }

    /// <summary>
    /// The lemmas an (inflected) word may be a form of, for one part of speech: the word itself
    /// when WordNet has it, exception-list entries ("went" → "go"), then the detachment rules.
    /// </summary>
    public IReadOnlyList<string> BaseForms(string word, WordNetPartOfSpeech pos)
    {
        var key = word.Trim().ToLowerInvariant().Replace(' ', '_');
        var result = new List<string>();
        if (key.Length == 0)
            return result;
        if (_index[pos].Find(key) is not null)
            result.Add(key);
        foreach (var form in Irregular(key, pos))
        {
            if (!result.Contains(form))
                result.Add(form);
        }
        // Multi-word lemmas inflect their first word ("turned_down" → "turn_down").
        var split = key.IndexOf('_');
        var head = split < 0 ? key : key[..split];
        var tail = split < 0 ? "" : key[split..];
        foreach (var (ending, replacement) in Detachments[pos])
        {
            if (head.Length <= ending.Length + 1 || !head.EndsWith(ending, StringComparison.Ordinal))
                continue;
            var candidate = head[..^ending.Length] + replacement + tail;
            if (!result.Contains(candidate) && _index[pos].Find(candidate) is not null)
                result.Add(candidate);
        }
        if (split > 0 && _exceptions[pos].TryGetValue(head, out var irregularHead))
        {
            foreach (var form in irregularHead.Select(form => form + tail))
            {
                if (!result.Contains(form) && _index[pos].Find(form) is not null)
                    result.Add(form);
            }
        }
        return result.Select(form => form.Replace('_', ' ')).ToList();
    }

    /// <summary>The lemmas an irregular form stands for by WordNet's exception lists only ("sat" → "sit", "went" → "go").</summary>
    public IReadOnlyList<string> IrregularBaseForms(string word, WordNetPartOfSpeech pos)
    {
        var key = word.Trim().ToLowerInvariant().Replace(' ', '_');
        return Irregular(key, pos).Where(form => form != key).Select(form => form.Replace('_', ' ')).ToList();
    }

    /// <summary>The exception-list lemmas of a key (lower case, "_" for spaces) that WordNet's index holds.</summary>
    private IEnumerable<string> Irregular(string key, WordNetPartOfSpeech pos) =>
        _exceptions[pos].TryGetValue(key, out var irregular) ? irregular.Where(form => _index[pos].Find(form) is not null) : [];

    public void Dispose()
    {
        foreach (var handle in _data.Values)
            handle.Dispose();
        _data.Clear();
    }

    private WordNetSynset? ReadSynset(WordNetPartOfSpeech pos, long offset)
    {
        if (_synsets.TryGetValue((pos, offset), out var cached))
            return cached;
        var handle = _data[pos];
        var buffer = new byte[4096];
        var builder = new List<byte>(512);
        var position = offset;
        while (true)
        {
            var read = RandomAccess.Read(handle, buffer, position);
            if (read <= 0)
                break;
            var newline = Array.IndexOf(buffer, (byte)'\n', 0, read);
            builder.AddRange(newline >= 0 ? buffer.AsSpan(0, newline) : buffer.AsSpan(0, read));
            if (newline >= 0)
                break;
            position += read;
        }
        var line = Encoding.UTF8.GetString(builder.ToArray());
        var synset = ParseSynset(pos, offset, line);
        if (synset is not null && _synsets.Count < 100_000)
            _synsets.TryAdd((pos, offset), synset);
        return synset;
    }

    /// <summary>synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] p_cnt [ptr...] | gloss</summary>
    internal static WordNetSynset? ParseSynset(WordNetPartOfSpeech pos, long offset, string line)
    {
        var bar = line.IndexOf(" | ", StringComparison.Ordinal);
        var gloss = bar < 0 ? "" : line[(bar + 3)..].Trim();
        var fields = (bar < 0 ? line : line[..bar]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 4 || !long.TryParse(fields[0], out var stated) || stated != offset)
            return null;
        var count = Convert.ToInt32(fields[3], 16);
        var words = new List<string>(count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count && 4 + 2 * i < fields.Length; i++)
        {
            var word = fields[4 + 2 * i];
            // Adjectives may carry a syntactic marker: "galore(ip)".
            var marker = word.IndexOf('(');
            if (marker > 0)
                word = word[..marker];
            var lower = word.Replace('_', ' ').ToLowerInvariant();
            words.Add(lower);
            if (word.Any(char.IsUpper))
                names.Add(lower);
        }
        // p_cnt, then pointer_symbol synset_offset pos source/target per pointer.
        var hypernyms = new List<(WordNetPartOfSpeech, long)>();
        var pertainyms = new List<(WordNetPartOfSpeech, long)>();
        var pointers = 4 + 2 * count;
        if (pointers < fields.Length && int.TryParse(fields[pointers], out var pointerCount))
        {
            for (var i = 0; i < pointerCount && pointers + 4 + 4 * i <= fields.Length; i++)
            {
                var at = pointers + 1 + 4 * i;
                if (!long.TryParse(fields[at + 1], out var target) || PartOf(fields[at + 2]) is not { } targetPos)
                    continue;
                // "@i" (an instance's class: "Yugoslavia" → "European country") says what a name is, not what else it is called.
                if (fields[at] == "@")
                    hypernyms.Add((targetPos, target));
                // "\" on an adjective: pertains to a noun ("Soviet" → "Soviet Union").
                else if (fields[at] == "\\" && pos == WordNetPartOfSpeech.Adjective && targetPos == WordNetPartOfSpeech.Noun)
                    pertainyms.Add((targetPos, target));
            }
        }
        return new WordNetSynset(pos, offset, words, gloss, hypernyms, pertainyms)
        {
            Names = names,
            LexFile = int.TryParse(fields[1], out var lexFile) ? lexFile : -1,
        };
    }

    /// <summary>The synset at a data-file offset (e.g. a hypernym), or null.</summary>
    public WordNetSynset? Synset(WordNetPartOfSpeech pos, long offset) => ReadSynset(pos, offset);

    private static WordNetPartOfSpeech? PartOf(string code) => code switch
    {
        "n" => WordNetPartOfSpeech.Noun,
        "v" => WordNetPartOfSpeech.Verb,
        "a" or "s" => WordNetPartOfSpeech.Adjective,
        "r" => WordNetPartOfSpeech.Adverb,
        _ => null,
    };

    private static Dictionary<string, string[]> ReadExceptions(string path)
    {
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 2)
                result[fields[0]] = fields[1..];
        }
        return result;
    }

    /// <summary>An index file's bytes and the start of each lemma line, for binary search.</summary>
    private sealed class IndexFile
    {
        private readonly byte[] _bytes;
        private readonly int[] _lines;

        public IndexFile(byte[] bytes)
        {
            _bytes = bytes;
            var lines = new List<int>(bytes.Length / 40);
            var start = 0;
            while (start < bytes.Length)
            {
                var end = Array.IndexOf(bytes, (byte)'\n', start);
                if (end < 0)
                    end = bytes.Length;
                // The licence header lines start with spaces; lemma lines never do.
                if (end > start && bytes[start] != (byte)' ')
                    lines.Add(start);
                start = end + 1;
            }
            _lines = [.. lines];
        }

        public string? Find(string lemma)
        {
            var key = Encoding.UTF8.GetBytes(lemma);
            int low = 0, high = _lines.Length - 1;
            while (low <= high)
            {
                var middle = (low + high) >>> 1;
                var comparison = CompareLemma(_lines[middle], key);
                if (comparison == 0)
                {
                    var start = _lines[middle];
                    var end = Array.IndexOf(_bytes, (byte)'\n', start);
                    return Encoding.UTF8.GetString(_bytes, start, (end < 0 ? _bytes.Length : end) - start);
                }
                if (comparison < 0)
                    low = middle + 1;
                else
                    high = middle - 1;
            }
            return null;
        }

        /// <summary>Compares the lemma at a line start (up to its first space) with the key, bytewise.</summary>
        private int CompareLemma(int start, byte[] key)
        {
            var i = 0;
            while (true)
            {
                var position = start + i;
                var atEnd = position >= _bytes.Length || _bytes[position] == (byte)' ';
                if (i == key.Length)
                    return atEnd ? 0 : 1;
                if (atEnd)
                    return -1;
                var difference = _bytes[position] - key[i];
                if (difference != 0)
                    return difference;
                i++;
            }
        }
    }
}
