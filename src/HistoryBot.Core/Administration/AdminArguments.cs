using System.Text;

namespace HistoryBot.Core.Administration;

/// <summary>
/// The arguments of /addsource: words (a console path, or a title), plus <c>title="…"</c> and
/// <c>lang=xx</c>. Quotes group words; phones' typographic quotes (“…”, „…“) work too.
/// </summary>
public sealed record AdminArguments(IReadOnlyList<string> Words, string? Title, string? Language)
{
    public static bool TryParse(string text, out AdminArguments arguments, out string? error)
    {
        arguments = new AdminArguments([], null, null);
        if (!TryTokenize(text, out var tokens, out error))
            return false;

        var words = new List<string>();
        string? title = null, language = null;
        foreach (var (token, quoted) in tokens)
        {
            var equals = token.IndexOf('=');
            var key = equals > 0 && !quoted ? token[..equals].ToLowerInvariant() : null;
            switch (key)
            {
                case "title":
                    title = token[(equals + 1)..].Trim();
                    break;
                case "lang" or "language":
                    language = token[(equals + 1)..].Trim();
                    break;
                default:
                    words.Add(token);
                    break;
            }
        }
        arguments = new AdminArguments(words, title, language);
        return true;
    }

    /// <summary>Splits on white space outside quotes; a token is "quoted" when it starts with a quote.</summary>
    private static bool TryTokenize(string text, out List<(string Token, bool Quoted)> tokens, out string? error)
    {
        tokens = [];
        error = null;
        var current = new StringBuilder();
        var inToken = false;
        var startedQuoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (inToken)
                    tokens.Add((current.ToString(), startedQuoted));
                current.Clear();
                inToken = false;
                continue;
            }
            if (ClosingQuotes(c) is { } closing)
            {
                if (!inToken)
                    startedQuoted = true;
                inToken = true;
                var end = text.IndexOfAny(closing, i + 1);
                if (end < 0)
                {
                    error = "a quotation mark is not closed";
                    return false;
                }
                current.Append(text, i + 1, end - i - 1);
                i = end;
                continue;
            }
            if (!inToken)
                startedQuoted = false;
            inToken = true;
            current.Append(c);
        }
        if (inToken)
            tokens.Add((current.ToString(), startedQuoted));
        return true;
    }

    private static char[]? ClosingQuotes(char c) => c switch
    {
        '"' => ['"'],
        '“' => ['”', '“'],
        '„' => ['“', '”'],
        '«' => ['»'],
        _ => null,
    };
}
