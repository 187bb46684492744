using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace HistoryBot.Telegram.Tests.Fakes;

/// <summary>
/// What Telegram accepts as parse_mode HTML (specs README §4.3): only its tags, properly nested
/// and closed; every &lt;, &gt; and &amp; outside tags escaped; only &amp;lt; &amp;gt; &amp;amp; &amp;quot; and
/// numeric entities; no empty text; and (stricter than Telegram) at most 4,096 characters of HTML.
/// </summary>
public static partial class TelegramHtmlValidator
{
    public const int MaxLength = 4096;

    private static readonly HashSet<string> AllowedTags = ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "tg-spoiler", "blockquote"];

    [GeneratedRegex("^&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")]
    private static partial Regex Entity();

    [GeneratedRegex("""^\s+([a-z][a-z-]*)(?:="([^"<>]*)")?""")]
    private static partial Regex Attribute();

    [GeneratedRegex("^[a-z][a-z-]*")]
    private static partial Regex TagName();

    public static IReadOnlyList<string> Validate(string html)
    {
        var errors = new List<string>();
        var open = new Stack<string>();
        var visible = new StringBuilder();
        for (var i = 0; i < html.Length;)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i);
                if (end < 0)
                {
                    errors.Add($"'<' at {i} starts no tag (escape it as &lt;)");
                    break;
                }
                CheckTag(html[(i + 1)..end], i, open, errors);
                i = end + 1;
            }
            else if (c == '&')
            {
                var entity = Entity().Match(html[i..Math.Min(html.Length, i + 12)]);
                if (!entity.Success)
                {
                    errors.Add($"'&' at {i} is not an entity (escape it as &amp;)");
                    i++;
                    continue;
                }
                visible.Append(WebUtility.HtmlDecode(entity.Value));
                i += entity.Length;
            }
            else if (c == '>')
            {
                errors.Add($"'>' at {i} outside a tag (escape it as &gt;)");
                i++;
            }
            else
            {
                visible.Append(c);
                i++;
            }
        }
        foreach (var tag in open)
            errors.Add($"<{tag}> is never closed");
        if (visible.ToString().Trim().Length == 0)
            errors.Add("the text is empty");
        if (html.Length > MaxLength)
            errors.Add($"the HTML is {html.Length} characters long, over {MaxLength}");
        return errors;
    }

    private static void CheckTag(string inner, int at, Stack<string> open, List<string> errors)
    {
        if (inner.StartsWith('/'))
        {
            var closing = inner[1..];
            if (open.Count == 0 || open.Peek() != closing)
                errors.Add($"</{closing}> at {at} does not close the open tag ({(open.Count == 0 ? "none" : "<" + open.Peek() + ">")})");
            else
                open.Pop();
            return;
        }
        var name = TagName().Match(inner).Value;
        if (!AllowedTags.Contains(name))
        {
            errors.Add($"<{inner}> at {at} is not a tag Telegram accepts");
            return;
        }
        var rest = inner[name.Length..];
        var attributes = new Dictionary<string, string?>();
        while (rest.Length > 0)
        {
            var attribute = Attribute().Match(rest);
            if (!attribute.Success)
            {
                errors.Add($"<{inner}> at {at} has malformed attributes");
                break;
            }
            attributes[attribute.Groups[1].Value] = attribute.Groups[2].Success ? attribute.Groups[2].Value : null;
            rest = rest[attribute.Length..];
        }
        var allowed = name switch
        {
            "a" => attributes.Count == 1 && attributes.TryGetValue("href", out var href) && !string.IsNullOrEmpty(href),
            "blockquote" => attributes.Count == 0 || (attributes.Count == 1 && attributes.ContainsKey("expandable")),
            "code" => attributes.Count == 0 || (attributes.Count == 1 && open.TryPeek(out var parent) && parent == "pre"
                && attributes.TryGetValue("class", out var language) && language?.StartsWith("language-", StringComparison.Ordinal) == true),
            _ => attributes.Count == 0,
        };
        if (!allowed)
            errors.Add($"<{inner}> at {at} has attributes Telegram does not accept there");
        if (open.Any(tag => tag is "code" or "pre") && !(name == "code" && open.Peek() == "pre"))
            errors.Add($"<{name}> at {at} inside <code> or <pre>, which take no other entities");
        if ((name == "blockquote" || name == "a") && open.Contains(name))
            errors.Add($"<{name}> at {at} nested in another <{name}>");
        open.Push(name);
    }
}
