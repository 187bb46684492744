using HistoryBot.Discord.Gateway;

namespace HistoryBot.Discord.Tests.Gateway;

public sealed class GatewayCloseCodesTests
{
    [Theory]
    [InlineData(null, (int)CloseAction.Resume)]
    [InlineData(1000, (int)CloseAction.Resume)]
    [InlineData(1006, (int)CloseAction.Resume)]
    [InlineData(4000, (int)CloseAction.Resume)]
    [InlineData(4001, (int)CloseAction.Resume)]
    [InlineData(4002, (int)CloseAction.Resume)]
    [InlineData(4003, (int)CloseAction.Resume)]
    [InlineData(4005, (int)CloseAction.Resume)]
    [InlineData(4008, (int)CloseAction.Resume)]
    [InlineData(4007, (int)CloseAction.Reidentify)]
    [InlineData(4009, (int)CloseAction.Reidentify)]
    [InlineData(4004, (int)CloseAction.Stop)]
    [InlineData(4010, (int)CloseAction.Stop)]
    [InlineData(4011, (int)CloseAction.Stop)]
    [InlineData(4012, (int)CloseAction.Stop)]
    [InlineData(4013, (int)CloseAction.Stop)]
    [InlineData(4014, (int)CloseAction.Stop)]
    public void Each_close_code_decides_between_resume_identify_and_stop(int? code, int expected)
    {
        Assert.Equal((CloseAction)expected, GatewayCloseCodes.ActionFor(code));
    }

    [Fact]
    public void A_bad_token_is_explained_with_what_to_do()
    {
        var text = GatewayCloseCodes.Explain(4004);

        Assert.Contains("Discord:Token", text);
        Assert.Contains("HISTORYBOT_Discord__Token", text);
    }
}
