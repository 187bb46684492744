using HistoryBot.Core.Chat;
using HistoryBot.Discord.Adapter;
using HistoryBot.Discord.Rest;
using HistoryBot.Discord.Tests.Support;

namespace HistoryBot.Discord.Tests.Adapter;

public sealed class SlashCommandsTests
{
    private static ApplicationCommandRequest Build(string name) =>
        SlashCommands.Build(AdapterHarness.StandardCommands.Single(command => command.Name == name))!;

    [Fact]
    public void Ask_has_one_required_string_option_and_descriptions_in_lithuanian_and_romanian_but_not_tagalog()
    {
        var ask = Build("ask");

        Assert.Equal("ask", ask.Name);
        Assert.Equal(1, ask.Type);
        var option = Assert.Single(ask.Options!);
        Assert.Equal((CommandOptionType.String, "question", true), (option.Type, option.Name, option.Required));
        Assert.Equal(["lt", "ro"], ask.DescriptionLocalizations!.Keys.Order());
        Assert.Equal("Užduokite istorijos klausimą", ask.DescriptionLocalizations["lt"]);
        Assert.Null(ask.DefaultMemberPermissions);
        Assert.True(ask.DmPermission);
    }

    [Fact]
    public void Moderator_commands_default_to_manage_messages_and_say_when_they_make_no_sense_in_dms()
    {
        var dailyFact = Build("dailyfact");

        Assert.Equal("8192", dailyFact.DefaultMemberPermissions);
        Assert.False(dailyFact.DmPermission);
        Assert.False(Assert.Single(dailyFact.Options!).Required);
    }

    [Fact]
    public void Admin_commands_are_hidden_from_everyone_but_administrators_by_default()
    {
        Assert.Equal("0", Build("status").DefaultMemberPermissions);
    }

    [Fact]
    public void A_file_argument_becomes_an_attachment_option()
    {
        var option = Assert.Single(Build("addsource").Options!);

        Assert.Equal(CommandOptionType.Attachment, option.Type);
        Assert.Equal("file", option.Name);
    }

    [Theory]
    [InlineData("Ask")]
    [InlineData("two words")]
    [InlineData("a-name-that-is-far-longer-than-thirty-two")]
    public void A_name_discord_cannot_take_is_left_out(string name)
    {
        var info = new CommandInfo(name, ChatRole.Member, "Something", new Dictionary<string, string>());

        Assert.Null(SlashCommands.Build(info));
    }

    [Fact]
    public void Descriptions_are_cut_to_discords_hundred_characters()
    {
        var info = new CommandInfo("long", ChatRole.Member, new string('d', 150), new Dictionary<string, string> { ["ro"] = new string('r', 120) });

        var command = SlashCommands.Build(info)!;

        Assert.Equal(100, command.Description.Length);
        Assert.Equal(100, command.DescriptionLocalizations!["ro"].Length);
    }
}
