using HistoryBot.Cli;

namespace HistoryBot.Tests.Hosting;

public sealed class HealthCheckCliTests
{
    [Theory]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://+:9000;http://localhost:9001", "http://127.0.0.1:9000/")]
    [InlineData("http://[::]:8080", "http://127.0.0.1:8080/")]
    public void The_health_check_asks_this_machine_on_the_first_configured_port(string urls, string expected)
    {
        Assert.Equal(expected, HealthCheckCli.LocalUrl(urls)!.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Without_an_address_the_bots_default_port_is_asked(string? urls)
    {
        Assert.Equal("http://127.0.0.1:8080/", HealthCheckCli.LocalUrl(urls)!.ToString());
    }
}
