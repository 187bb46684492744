using ArchUnitNET.xUnit;

namespace HistoryBot.Architecture.Tests;

public sealed class DependencyRuleTests
{
    [Fact]
    public void The_core_depends_on_no_platform_adapter_no_executable_and_no_ASP_NET_Core()
    {
        Layers.CoreStaysALibrary(Layers.TypesIn(Layers.CoreAssembly)).Check(Layers.Loaded);
    }

    [Fact]
    public void The_Telegram_adapter_depends_on_no_other_adapter()
    {
        Layers.AdapterKnowsNoOtherAdapter(Layers.TypesIn(Layers.TelegramAssembly), Layers.TelegramAssembly).Check(Layers.Loaded);
    }

    [Fact]
    public void The_Discord_adapter_depends_on_no_other_adapter()
    {
        Layers.AdapterKnowsNoOtherAdapter(Layers.TypesIn(Layers.DiscordAssembly), Layers.DiscordAssembly).Check(Layers.Loaded);
    }
}
