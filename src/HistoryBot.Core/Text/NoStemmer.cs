namespace HistoryBot.Core.Text;

/// <summary>Leaves words as they are: used when libstemmer is missing.</summary>
public sealed class NoStemmer : IStemmer
{
    public static NoStemmer Instance { get; } = new();

    public string Stem(string word) => word;
}
