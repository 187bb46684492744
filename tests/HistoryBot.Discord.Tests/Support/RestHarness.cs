using HistoryBot.Discord.Rest;
using HistoryBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HistoryBot.Discord.Tests.Support;

/// <summary>The REST client exactly as AddDiscord wires it (headers, base address), against a fake Discord.</summary>
internal static class RestHarness
{
    public static IDiscordRestApi Create(FakeDiscord discord, TimeProvider time, DiscordTimings? timings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = FakeDiscord.Token,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
        });
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(timings ?? TestTimings.Fast);
        builder.AddDiscord();
        return builder.Services.BuildServiceProvider().GetRequiredService<IDiscordRestApi>();
    }
}
