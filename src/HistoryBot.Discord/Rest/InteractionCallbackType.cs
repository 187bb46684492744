namespace HistoryBot.Discord.Rest;

public enum InteractionCallbackType
{
    /// <summary>Answer with a new message.</summary>
    ChannelMessageWithSource = 4,

    /// <summary>"Thinking…" now, the answer by editing the original response.</summary>
    DeferredChannelMessageWithSource = 5,

    /// <summary>Buttons: acknowledge now, edit the message later.</summary>
    DeferredUpdateMessage = 6,

    /// <summary>Buttons: replace the message the button is on.</summary>
    UpdateMessage = 7,

    /// <summary>Buttons: open a modal for the presser to type into.</summary>
    Modal = 9,
}
