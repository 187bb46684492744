using System.Runtime.InteropServices;

namespace HistoryBot.Core.Text;

/// <summary>
/// The system's Snowball library (libstemmer, Debian package libstemmer0d), bound through
/// function pointers so that a missing library is a value we can check, not a crash.
/// </summary>
public sealed unsafe class SnowballLibrary
{
    private static readonly string[] Candidates = ["libstemmer.so.0d", "libstemmer.so.0", "libstemmer.so", "libstemmer.dylib", "stemmer"];

    private readonly delegate* unmanaged<byte*, byte*, nint> _new;
    private readonly delegate* unmanaged<nint, byte*, int, byte*> _stem;
    private readonly delegate* unmanaged<nint, int> _length;

    private SnowballLibrary(nint handle)
    {
        _new = (delegate* unmanaged<byte*, byte*, nint>)NativeLibrary.GetExport(handle, "sb_stemmer_new");
        _stem = (delegate* unmanaged<nint, byte*, int, byte*>)NativeLibrary.GetExport(handle, "sb_stemmer_stem");
        _length = (delegate* unmanaged<nint, int>)NativeLibrary.GetExport(handle, "sb_stemmer_length");
    }

    /// <summary>Loads the library, or returns null with the reason when it is not installed.</summary>
    public static SnowballLibrary? TryLoad(out string? error)
    {
        foreach (var name in Candidates)
        {
            if (!NativeLibrary.TryLoad(name, out var handle))
                continue;
            try
            {
                error = null;
                return new SnowballLibrary(handle);
            }
            catch (EntryPointNotFoundException ex)
            {
                error = $"{name} lacks the Snowball API: {ex.Message}";
                return null;
            }
        }
        error = "libstemmer (Debian package libstemmer0d) was not found";
        return null;
    }

    /// <summary>Creates a stemmer for a Snowball algorithm name ("english"), or null when unknown.</summary>
    public IStemmer? Create(string algorithm)
    {
        var name = System.Text.Encoding.ASCII.GetBytes(algorithm + "\0");
        var encoding = "UTF_8\0"u8;
        nint handle;
        fixed (byte* namePointer = name)
        fixed (byte* encodingPointer = encoding)
            handle = _new(namePointer, encodingPointer);
        return handle == 0 ? null : new SnowballStemmer(this, handle);
    }

    private sealed class SnowballStemmer(SnowballLibrary library, nint handle) : IStemmer
    {
        // A Snowball stemmer object holds per-call state: one caller at a time.
        private readonly Lock _gate = new();

        public string Stem(string word)
        {
            if (word.Length == 0)
                return word;
            var byteCount = System.Text.Encoding.UTF8.GetByteCount(word);
            Span<byte> input = byteCount <= 256 ? stackalloc byte[byteCount] : new byte[byteCount];
            System.Text.Encoding.UTF8.GetBytes(word, input);
            lock (_gate)
            {
                fixed (byte* inputPointer = input)
                {
                    var output = library._stem(handle, inputPointer, byteCount);
                    if (output is null)
                        return word;
                    var length = library._length(handle);
                    return System.Text.Encoding.UTF8.GetString(output, length);
                }
            }
        }
    }
}
