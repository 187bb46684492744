using System.Text;

namespace HistoryBot.Core.Corpus;

/// <summary>Decides whether bytes are a usable source text: UTF-8, not binary, not empty.</summary>
public static class SourceText
{
    /// <summary>The largest document the loader reads.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes a document, or says in a few words why it cannot be one.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? reason)
    {
        text = "";
        if (bytes.Length == 0)
        {
            reason = "empty file";
            return false;
        }
        if (bytes.IndexOf((byte)0) >= 0)
        {
            reason = "binary file (contains NUL bytes)";
            return false;
        }
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            reason = "not UTF-8 text";
            return false;
        }
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];

        var control = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
        if (control > text.Length / 100 + 2)
        {
            reason = "binary file (control characters)";
            return false;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            reason = "empty file (only white space)";
            return false;
        }
        reason = null;
        return true;
    }
}
