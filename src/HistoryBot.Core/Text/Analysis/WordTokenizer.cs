using System.Globalization;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace HistoryBot.Core.Text.Analysis;

/// <summary>
/// Words are runs of letters, digits and combining marks. Everything else — punctuation,
/// query operators, quotes, control characters, lone surrogates — separates words and is
/// never part of one, so no user text can become query syntax.
/// </summary>
public sealed class WordTokenizer(TextReader input) : CharTokenizer(LuceneVersion.LUCENE_48, input)
{
    // Whether each character of the Basic Multilingual Plane is part of a word, worked out once:
    // the category look-up for every character was a tenth of the tokenizer's time.
    private static readonly bool[] InWord = Enumerable.Range(0, char.MaxValue + 1).Select(c => IsWordCategory((char)c)).ToArray();

    protected override bool IsTokenChar(int c)
    {
        if (c > char.MaxValue)
            return char.IsLetterOrDigit(char.ConvertFromUtf32(c), 0);
        return InWord[c];
    }

    private static bool IsWordCategory(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
