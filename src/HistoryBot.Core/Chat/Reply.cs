namespace HistoryBot.Core.Chat;

/// <summary>
/// What the bot says, platform-neutral. Adapters render it: Telegram as HTML with an inline
/// keyboard, Discord as an embed with buttons, the console as styled text.
/// </summary>
public sealed record Reply
{
    public required ReplyKind Kind { get; init; }

    /// <summary>A heading: the source title of an answer, or a short label.</summary>
    public string? Title { get; init; }

    /// <summary>The main text: for an answer, the best sentence with matched words in bold.</summary>
    public required RichText Body { get; init; }

    /// <summary>More text below the body: for an answer, the paragraph it came from.</summary>
    public RichText? Context { get; init; }

    /// <summary>A small line at the end: for an answer, the citation.</summary>
    public string? Footer { get; init; }

    public IReadOnlyList<ReplyButton> Buttons { get; init; } = [];

    /// <summary>
    /// The presser may add a short text (the reason of a 👎): the adapter asks for it its own way
    /// and hands it back as <see cref="ChatAction.Input"/> of an action with the request's data.
    /// </summary>
    public ReasonRequest? AskReason { get; init; }

    /// <summary>Only the asker should see it (errors, refusals, admin output), where the platform can do that.</summary>
    public bool Private { get; init; }

    /// <summary>
    /// Later versions of this reply (progress of a long job). The adapter edits the message
    /// it sent with each one, or sends it as a follow-up where it cannot edit.
    /// </summary>
    public IAsyncEnumerable<Reply>? Updates { get; init; }

    /// <summary>No message at all (see <see cref="ReplyKind.None"/>).</summary>
    public static Reply Nothing { get; } = new() { Kind = ReplyKind.None, Body = RichText.Empty, Private = true };

    public static Reply Info(string text, string? title = null) => new() { Kind = ReplyKind.Info, Body = RichText.Plain(text), Title = title };

    public static Reply Error(string text) => new() { Kind = ReplyKind.Error, Body = RichText.Plain(text), Private = true };

    public static Reply Refusal(string text) => new() { Kind = ReplyKind.Refusal, Body = RichText.Plain(text), Private = true };

    /// <summary>The whole reply as plain text with **bold** marks, for consoles, logs and eval output.</summary>
    public string ToMarkdown()
    {
        var parts = new List<string>();
        if (Title is not null)
            parts.Add(Title);
        parts.Add(Body.ToMarkdown());
        if (Context is not null)
            parts.Add(Context.ToMarkdown());
        if (Footer is not null)
            parts.Add(Footer);
        return string.Join("\n\n", parts);
    }
}
