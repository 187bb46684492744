using System.Security.Cryptography;
using System.Text;

namespace HistoryBot.Core.Text;

/// <summary>
/// Ten base-32 characters from a SHA-256 of a text: short enough for 64-byte button data,
/// wide enough (50 bits) not to collide in a library or a question log.
/// </summary>
public static class ShortKey
{
    public const int Length = 10;

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string Of(string text)
    {
        var bits = BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0);
        var key = new StringBuilder(Length);
        for (var i = 0; i < Length; i++)
        {
            key.Append(Alphabet[(int)(bits & 31)]);
            bits >>= 5;
        }
        return key.ToString();
    }

    /// <summary>True for text that could be a key (button payloads are user input).</summary>
    public static bool IsWellFormed(string text) => text.Length == Length && text.All(Alphabet.Contains);
}
