using System.Security.Cryptography;
using System.Text;

namespace HistoryBot.Core.Facts;

/// <summary>
/// A fact's stable id: ten base-32 characters derived from where the sentence is and what it
/// says, so it survives a reindex of unchanged sources and fits in button data.
/// </summary>
public readonly record struct FactId(string Value)
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static FactId For(string sourceId, int paragraphNumber, string sentence)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{sourceId}\n{paragraphNumber}\n{sentence}"));
        var bits = BitConverter.ToUInt64(hash, 0);
        var id = new StringBuilder(10);
        for (var i = 0; i < 10; i++)
        {
            id.Append(Alphabet[(int)(bits & 31)]);
            bits >>= 5;
        }
        return new FactId(id.ToString());
    }

    /// <summary>True for text that could be an id (a button's payload is user input).</summary>
    public static bool IsWellFormed(string text) => text.Length == 10 && text.All(Alphabet.Contains);

    public override string ToString() => Value;
}
