using System.Text;
using HistoryBot.Core.Text;

namespace HistoryBot.Core.Search;

/// <summary>Turns analyzed words into index terms: only letters and digits.</summary>
public static class IndexTerms
{
    public static string? Clean(string word)
    {
        var clean = true;
        foreach (var c in word)
        {
            if (!char.IsLetterOrDigit(c)) { clean = false; break; }
        }
        if (clean)
            return word.Length == 0 ? null : word;
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
                builder.Append(c);
        }
        return builder.Length == 0 ? null : builder.ToString();
    }

    public static string? PrefixOf(string folded) => Clean(TextAnalyzer.Prefix(folded));
}
