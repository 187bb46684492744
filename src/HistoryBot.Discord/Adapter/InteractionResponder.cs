using System.Net;
using System.Text.Json;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Settings;
using HistoryBot.Core.State;
using HistoryBot.Discord.Models;
using HistoryBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Discord.Adapter;

/// <summary>
/// Slash commands and button presses. Discord wants a first response within 3 s: a ready
/// answer goes out directly, a slow one is deferred and filled in by editing the response.
/// </summary>
internal sealed class InteractionResponder(
    IChatBot bot,
    IDiscordRestApi rest,
    IHandledOnceStore handled,
    DiscordRoles roles,
    AttachmentOpener attachments,
    DiscordTimings timings,
    ChatSettingsCache settings,
    AnswerThreads threads,
    TimeProvider time,
    ILogger<InteractionResponder> logger)
{
    private const int MaxModalText = 45;
    private const string ReasonLabel = "Reason (optional)";
    private const string ReasonInputId = "reason";

    public static bool IsHandled(Interaction interaction) =>
        interaction.Type is InteractionType.ApplicationCommand or InteractionType.MessageComponent or InteractionType.ModalSubmit;

    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (interaction.Invoker is null || interaction.ChannelId is null || interaction.Data is null)
            return;
        if (!await handled.TryClaimAsync(Handled(interaction.Id), takeOverAfter: null, cancellationToken))
        {
            logger.LogDebug("Interaction {Interaction} was answered before (replayed event); skipped", interaction.Id);
            return;
        }
        var first = new FirstResponse();
        try
        {
            if (interaction.Type == InteractionType.ApplicationCommand)
                await CommandAsync(interaction, first, cancellationToken);
            else if (interaction.Type == InteractionType.ModalSubmit)
                await ModalSubmitAsync(interaction, first, cancellationToken);
            else
                await ComponentAsync(interaction, first, cancellationToken);
        }
        catch (Exception ex) when (!first.Sending || (!first.Sent && ex is DiscordException { Status: < HttpStatusCode.InternalServerError }))
        {
            // As for messages: the claim goes back only when no response can have reached Discord.
            await handled.ReleaseAsync(Handled(interaction.Id), CancellationToken.None);
            throw;
        }
    }

    private async Task CommandAsync(Interaction interaction, FirstResponse first, CancellationToken cancellationToken)
    {
        var data = interaction.Data!;
        var name = data.Name ?? "";
        var info = bot.Commands.FirstOrDefault(command => command.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        var option = data.Options?.FirstOrDefault(candidate => info?.ArgumentName is { } argument
            ? candidate.Name.Equals(argument, StringComparison.OrdinalIgnoreCase)
            : true);
        ChatAttachment? attachment = null;
        var argumentText = "";
        if (option is { Type: (int)CommandOptionType.Attachment, Value: { ValueKind: JsonValueKind.String } id }
            && data.Resolved?.Attachments?.GetValueOrDefault(id.GetString()!) is { } file)
            attachment = attachments.Open(file);
        else if (option?.Value is { ValueKind: JsonValueKind.String } value)
            argumentText = value.GetString()!.Trim();
        else if (option?.Value is { } other)
            argumentText = other.ToString();

        var message = new ChatMessage(OriginOf(interaction), argumentText.Length == 0 ? $"/{name}" : $"/{name} {argumentText}", attachment);

        var answer = bot.HandleAsync(message, cancellationToken);
        var question = argumentText.Length == 0 ? $"/{name}" : argumentText;
        if (await WithinBudgetAsync(answer, cancellationToken) is { } ready)
        {
            if (await GoesInThreadAsync(interaction, ready, cancellationToken))
            {
                await first.SendAsync(() => rest.RespondAsync(interaction.Id, interaction.Token,
                    new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource), cancellationToken));
                await AnswerInThreadAsync(interaction, question, ready, cancellationToken);
                return;
            }
            await first.SendAsync(() => rest.RespondAsync(interaction.Id, interaction.Token,
                new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, DiscordRenderer.Render(ready, ready.Private)), cancellationToken));
            Log(interaction, ready, "answered");
            await ReplyUpdates.ApplyAsync(ready, (update, token) => EditOriginalAsync(interaction, update, token), logger, cancellationToken);
            return;
        }

        // Whether the final message is ephemeral is fixed by the defer, before the answer is known:
        // admin output is private; if the answer turns out otherwise, it is re-sent as a follow-up.
        var deferPrivate = info?.MinimumRole == ChatRole.Admin;
        await first.SendAsync(() => rest.RespondAsync(interaction.Id, interaction.Token,
            new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource, deferPrivate ? new MessagePayload { Flags = MessageFlags.Ephemeral } : null),
            cancellationToken));
        var reply = await answer;
        if (!deferPrivate && await GoesInThreadAsync(interaction, reply, cancellationToken))
        {
            await AnswerInThreadAsync(interaction, question, reply, cancellationToken);
        }
        else if (reply.Private == deferPrivate)
        {
            await EditOriginalAsync(interaction, reply, cancellationToken);
            Log(interaction, reply, "answered after deferring");
            await ReplyUpdates.ApplyAsync(reply, (update, token) => EditOriginalAsync(interaction, update, token), logger, cancellationToken);
        }
        else
        {
            await rest.DeleteOriginalResponseAsync(interaction.ApplicationId, interaction.Token, cancellationToken);
            await FollowUpAsync(interaction, reply, cancellationToken);
        }
    }

    private async Task ComponentAsync(Interaction interaction, FirstResponse first, CancellationToken cancellationToken)
    {
        var customId = interaction.Data!.CustomId;
        if (string.IsNullOrEmpty(customId))
            return;
        var action = new ChatAction(OriginOf(interaction), customId);

        var answer = bot.HandleActionAsync(action, cancellationToken);
        if (await WithinBudgetAsync(answer, cancellationToken) is { } reply)
        {
            if (reply.AskReason is { } ask && !reply.Private)
            {
                await AskReasonAsync(interaction, first, reply, ask, cancellationToken);
                return;
            }
            // A private reply (an error, a refusal) must not replace the public answer the button is under.
            var response = reply.Private
                ? new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, DiscordRenderer.Render(reply, ephemeral: true))
                : new InteractionResponse(InteractionCallbackType.UpdateMessage, DiscordRenderer.Render(reply));
            await first.SendAsync(() => rest.RespondAsync(interaction.Id, interaction.Token, response, cancellationToken));
            Log(interaction, reply, reply.Private ? "answered privately" : "updated the message");
            await ReplyUpdates.ApplyAsync(reply, (update, token) => EditOriginalAsync(interaction, update, token), logger, cancellationToken);
            return;
        }

        await first.SendAsync(() => rest.RespondAsync(interaction.Id, interaction.Token, new InteractionResponse(InteractionCallbackType.DeferredUpdateMessage), cancellationToken));
        var late = await answer;
        if (late.Private)
        {
            await FollowUpAsync(interaction, late, cancellationToken);
            return;
        }
        await EditOriginalAsync(interaction, late, cancellationToken);
        Log(interaction, late, "updated the message after deferring");
        await ReplyUpdates.ApplyAsync(late, (update, token) => EditOriginalAsync(interaction, update, token), logger, cancellationToken);
    }

    /// <summary>
    /// A 👎: the modal for its optional reason is the response (Discord allows it only as the
    /// first one), and the message under the button is edited to show the new votes.
    /// </summary>
    private async Task AskReasonAsync(Interaction interaction, FirstResponse first, Reply reply, ReasonRequest ask, CancellationToken cancellationToken)
    {
        var modal = new ModalPayload(ask.Data, DiscordMarkdown.Truncate(ask.Title, MaxModalText), [
            new LabelComponent(DiscordMarkdown.Truncate(ReasonLabel, MaxModalText),
                new TextInputComponent(ReasonInputId, Style: 2, Required: false, MaxLength: ask.MaxLength, Placeholder: DiscordMarkdown.Truncate(ask.Prompt, 100))),
        ]);
        await first.SendAsync(() => rest.RespondWithModalAsync(interaction.Id, interaction.Token, new ModalResponse(modal), cancellationToken));
        Log(interaction, reply, "asked for a reason");
        if (interaction.Message is { } message)
            await rest.EditMessageAsync(message.ChannelId, message.Id, DiscordRenderer.Render(reply), cancellationToken);
    }

    /// <summary>A submitted modal: its custom_id is the action, its text the input; the reply only the submitter sees.</summary>
    private async Task ModalSubmitAsync(Interaction interaction, FirstResponse first, CancellationToken cancellationToken)
    {
        var customId = interaction.Data!.CustomId;
        if (string.IsNullOrEmpty(customId))
            return;
        var action = new ChatAction(OriginOf(interaction), customId, SubmittedComponent.FirstText(interaction.Data.Components) ?? "");
        var reply = await bot.HandleActionAsync(action, cancellationToken);
        await first.SendAsync(() => rest.RespondAsync(interaction.Id, interaction.Token,
            new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, DiscordRenderer.Render(reply, ephemeral: true)), cancellationToken));
        Log(interaction, reply, "answered a modal privately");
    }

    private async Task FollowUpAsync(Interaction interaction, Reply reply, CancellationToken cancellationToken)
    {
        var sent = await rest.CreateFollowupAsync(interaction.ApplicationId, interaction.Token, DiscordRenderer.Render(reply, reply.Private), cancellationToken);
        Log(interaction, reply, "answered with a follow-up");
        await ReplyUpdates.ApplyAsync(reply,
            (update, token) => rest.EditFollowupAsync(interaction.ApplicationId, interaction.Token, sent.Id, DiscordRenderer.Render(update), token), logger, cancellationToken);
    }

    /// <summary>A long public answer in a server channel whose settings put long answers in threads (/settings threads on).</summary>
    private async Task<bool> GoesInThreadAsync(Interaction interaction, Reply reply, CancellationToken cancellationToken) =>
        !reply.Private && reply.Updates is null && interaction.GuildId is not null
        && (await settings.GetAsync(Platform.Discord, new ChatId(interaction.ChannelId!.Value.ToString()), cancellationToken)).ThreadsReply(reply);

    /// <summary>
    /// After a deferred response: the response becomes the question, a thread is started from it
    /// and the answer posted there; if Discord refuses the thread, the response becomes the answer.
    /// </summary>
    private async Task AnswerInThreadAsync(Interaction interaction, string question, Reply reply, CancellationToken cancellationToken)
    {
        var opener = Reply.Info("❓ " + question) with { Footer = "The answer is in the thread." };
        var original = await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, DiscordRenderer.Render(opener), cancellationToken);
        if (await threads.StartAsync(interaction.ChannelId!.Value, original.Id, question, cancellationToken) is not { } thread)
        {
            await EditOriginalAsync(interaction, reply, cancellationToken);
            Log(interaction, reply, "answered (no thread)");
            return;
        }
        await rest.CreateMessageAsync(thread, DiscordRenderer.Render(reply), cancellationToken);
        Log(interaction, reply, "answered in a thread");
    }

    private Task EditOriginalAsync(Interaction interaction, Reply reply, CancellationToken cancellationToken) =>
        rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, DiscordRenderer.Render(reply), cancellationToken);

    /// <summary>Slash commands and buttons carry the invoker's permissions, so moderators are known here.</summary>
    private ChatOrigin OriginOf(Interaction interaction) => new(
        Platform.Discord,
        new ChatId(interaction.ChannelId!.Value.ToString()),
        new UserId(interaction.Invoker!.Id.ToString()),
        interaction.Invoker.DisplayName,
        roles.Resolve(interaction.Invoker.Id, interaction.GuildId is null ? null : interaction.Member?.Permissions),
        interaction.GuildId is null ? ChatKind.Private : ChatKind.Group,
        LocaleHint.From(interaction.Locale));

    /// <summary>The answer if it is ready within the budget; otherwise null, and it keeps running.</summary>
    private async Task<Reply?> WithinBudgetAsync(Task<Reply> answer, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = Task.Delay(timings.InteractionAnswerBudget, time, budget.Token);
        var done = await Task.WhenAny(answer, deadline);
        await budget.CancelAsync();
        return done == answer ? await answer : null;
    }

    private void Log(Interaction interaction, Reply reply, string how) =>
        logger.LogInformation("Interaction {Interaction} in channel {Channel}: {How} ({Kind})", interaction.Id, interaction.ChannelId, how, reply.Kind);

    private static HandledKey Handled(Snowflake id) => new(Platform.Discord, id.ToString());
}
