using System.Runtime.InteropServices;
using System.Text;

namespace HistoryBot.Core.Text;

/// <summary>
/// Whether a word is a real word of a language as written: the system's Hunspell library (Debian package
/// libhunspell-1.7-0) with its dictionary (myspell-tl, read from <c>/usr/share/hunspell</c>). WordNet tells English
/// words; this tells Tagalog ones, so that a real word ("pumalit", replaced) is not read as a typo of a lexicon word one
/// letter off ("pumilit", forced). Only Tagalog is asked: tried for Lithuanian and Romanian too, it cost more answers than
/// it gained, since their one-letter neighbours are mostly forms of one word ("susikūrė", "sukūrė"). Bound through
/// function pointers so that a missing library or dictionary is an answer of "unknown" (null), not a crash. The
/// dictionary loads on first use.
/// </summary>
public sealed unsafe class Spelling : IDisposable
{
    /// <summary>Where Debian installs the Hunspell dictionaries.</summary>
    public const string DefaultDirectory = "/usr/share/hunspell";

    private static readonly string[] Candidates = ["libhunspell-1.7.so.0", "libhunspell-1.7.so", "libhunspell.so", "libhunspell-1.7.dylib", "hunspell"];

    /// <summary>Each language's dictionary file name (without .aff/.dic).</summary>
    private static readonly Dictionary<string, string> DictionaryNames = new(StringComparer.Ordinal)
    {
        [Language.Tagalog] = "tl",
    };

    /// <summary>No dictionary at all: every answer is "unknown".</summary>
    public static readonly Spelling None = new(null, DefaultDirectory);

    private readonly string _directory;
    private readonly delegate* unmanaged<byte*, byte*, nint> _create;
    private readonly delegate* unmanaged<nint, byte*, int> _spell;
    private readonly delegate* unmanaged<nint, byte*> _encoding;
    private readonly delegate* unmanaged<nint, void> _destroy;
    private readonly bool _loaded;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (nint Handle, Encoding Encoding)?> _dictionaries = new(StringComparer.Ordinal);

    private Spelling(nint? library, string directory)
    {
        _directory = directory;
        if (library is not { } handle)
            return;
        _create = (delegate* unmanaged<byte*, byte*, nint>)NativeLibrary.GetExport(handle, "Hunspell_create");
        _spell = (delegate* unmanaged<nint, byte*, int>)NativeLibrary.GetExport(handle, "Hunspell_spell");
        _encoding = (delegate* unmanaged<nint, byte*>)NativeLibrary.GetExport(handle, "Hunspell_get_dic_encoding");
        _destroy = (delegate* unmanaged<nint, void>)NativeLibrary.GetExport(handle, "Hunspell_destroy");
        _loaded = true;
    }

    /// <summary>
    /// Loads the library, or returns <see cref="None"/> with the reason when it is not installed (or when its dictionaries
    /// are: a library without them answers "unknown" for every word).
    /// </summary>
    public static Spelling Load(string? directory, out string? error)
    {
        directory = string.IsNullOrWhiteSpace(directory) ? DefaultDirectory : directory;
        if (!File.Exists(Path.Combine(directory, DictionaryNames[Language.Tagalog] + ".dic")))
        {
            error = $"no Tagalog dictionary in {directory} (Debian package myspell-tl)";
            return None;
        }
        foreach (var name in Candidates)
        {
            if (!NativeLibrary.TryLoad(name, out var handle))
                continue;
            try
            {
                error = null;
                return new Spelling(handle, directory);
            }
            catch (EntryPointNotFoundException ex)
            {
                error = $"{name} lacks the Hunspell API: {ex.Message}";
                return None;
            }
        }
        error = "libhunspell (Debian package libhunspell-1.7-0) was not found";
        return None;
    }

    /// <summary>Whether the library is loaded (the dictionaries may still be missing).</summary>
    public bool Available => _loaded;

    /// <summary>
    /// True when the language's dictionary holds the word as written (diacritics and all), false when it does not,
    /// null when there is no dictionary for the language or the word cannot be written in its encoding.
    /// </summary>
    public bool? Knows(string word, string language)
    {
        if (!_loaded || word.Length == 0 || !DictionaryNames.TryGetValue(language, out var name))
            return null;
        lock (_gate)
        {
            if (!_dictionaries.TryGetValue(language, out var dictionary))
                _dictionaries[language] = dictionary = Open(name);
            if (dictionary is not { } open)
                return null;
            byte[] bytes;
            try
            {
                bytes = open.Encoding.GetBytes(word + "\0");
            }
            catch (EncoderFallbackException)
            {
                return null;
            }
            fixed (byte* pointer = bytes)
                return _spell(open.Handle, pointer) != 0;
        }
    }

    private (nint Handle, Encoding Encoding)? Open(string name)
    {
        var aff = Path.Combine(_directory, name + ".aff");
        var dic = Path.Combine(_directory, name + ".dic");
        if (!File.Exists(aff) || !File.Exists(dic))
            return null;
        nint handle;
        fixed (byte* affPointer = Encoding.UTF8.GetBytes(aff + "\0"))
        fixed (byte* dicPointer = Encoding.UTF8.GetBytes(dic + "\0"))
            handle = _create(affPointer, dicPointer);
        if (handle == 0)
            return null;
        var encodingName = Marshal.PtrToStringAnsi((nint)_encoding(handle)) ?? "UTF-8";
        return (handle, EncodingOf(encodingName));
    }

    /// <summary>The .NET encoding of a Hunspell SET name ("UTF-8", "ISO8859-13"), throwing on a character it cannot write.</summary>
    private static Encoding EncodingOf(string name)
    {
        var dotnetName = name.StartsWith("ISO8859-", StringComparison.OrdinalIgnoreCase) ? "iso-8859-" + name["ISO8859-".Length..] : name;
        var encoding = (Encoding)(CodePagesEncodingProvider.Instance.GetEncoding(dotnetName) ?? Encoding.GetEncoding(dotnetName)).Clone();
        encoding.EncoderFallback = EncoderFallback.ExceptionFallback;
        return encoding;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var dictionary in _dictionaries.Values)
            {
                if (dictionary is { } open)
                    _destroy(open.Handle);
            }
            _dictionaries.Clear();
        }
    }
}
