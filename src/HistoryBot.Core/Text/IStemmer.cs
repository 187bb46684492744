namespace HistoryBot.Core.Text;

/// <summary>Reduces a folded word to its stem. A seam because the Snowball stemmers are native code.</summary>
public interface IStemmer
{
    string Stem(string word);
}
