namespace HistoryBot.Core.Text;

/// <summary>
/// Snowball has no Tagalog stemmer, so this strips the common verbal and nominal affixes:
/// the linker (-ng/-g), prefixes (nag-, mag-, pag-, naka-, ipinag-…), the infixes -um- and
/// -in-, the suffixes -an/-han/-in/-hin and a reduplicated first syllable. "tumanggi" → "tanggi",
/// "nilagdaan" → "lagda". It stops before a root would fall under four letters.
/// </summary>
public sealed class TagalogStemmer : IStemmer
{
    private const int MinimumRoot = 4;

    private static readonly string[] Prefixes =
    [
        "pakikipag", "pinakama", "makipag", "nakipag", "pinaka", "ipinag", "ikina", "ipina", "nagpa", "magpa",
        "pagka", "pagpa", "mapag", "napag", "pinag", "naka", "maka", "ipag", "nang", "mang", "pang", "nag",
        "mag", "pag", "ika", "ipa", "ma", "na", "ka", "pa",
    ];

    private static readonly string[] Suffixes = ["han", "hin", "an", "in"];

    public string Stem(string word)
    {
        if (word.Length <= MinimumRoot)
            return word;

        var stem = StripLinker(word);
        var prefixed = false;
        foreach (var prefix in Prefixes)
        {
            if (stem.StartsWith(prefix, StringComparison.Ordinal) && stem.Length - prefix.Length >= MinimumRoot)
            {
                stem = stem[prefix.Length..];
                prefixed = true;
                break;
            }
        }

        // Before l and y the infix -in- becomes the prefix ni-: "nilagdaan" is l-in-agdaan.
        if (!prefixed && stem.Length - 2 >= MinimumRoot && stem.StartsWith("ni", StringComparison.Ordinal) && stem[2] is 'l' or 'y')
            stem = stem[2..];
        else if (!prefixed && stem.Length - 2 >= MinimumRoot && !IsVowel(stem[0]) && stem[1..3] is "um" or "in")
            stem = stem[0] + stem[3..];

        // Suffixes stack ("kadahilanan" → "dahilanan" → "dahilan" → "dahil"), and a root may
        // itself end in one ("dahilan"): stripping until none is left brings both to one stem.
        for (var round = 0; round < 2; round++)
        {
            var suffix = Suffixes.FirstOrDefault(suffix => stem.EndsWith(suffix, StringComparison.Ordinal) && stem.Length - suffix.Length >= MinimumRoot);
            if (suffix is null)
                break;
            stem = stem[..^suffix.Length];
        }

        // Reduplication of the first syllable: "kakain" → "kain".
        if (stem.Length - 2 >= MinimumRoot && !IsVowel(stem[0]) && IsVowel(stem[1]) && stem[2] == stem[0] && stem[3] == stem[1])
            stem = stem[2..];

        return stem;
    }

    /// <summary>
    /// The linker joins a word to the next: "-ng" after a vowel ("magandang"), "-g" after n
    /// ("kadahilanang"). Only long words lose it, so roots ending in "ng" keep theirs.
    /// </summary>
    private static string StripLinker(string word)
    {
        if (word.Length < 7 || !word.EndsWith("ng", StringComparison.Ordinal) || !IsVowel(word[^3]))
            return word;
        // "-nang"/"-aang" mostly close a root ending in n ("kadahilanan"+g, "pamahalaan"+g).
        return word[^4] is 'n' or 'a' ? word[..^1] : word[..^2];
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
