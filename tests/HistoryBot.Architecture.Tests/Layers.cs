using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Loader;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using Assembly = System.Reflection.Assembly;

namespace HistoryBot.Architecture.Tests;

/// <summary>
/// The projects as layers — the core, the platform adapters, the executable — and the rules
/// between them. A rule takes the layer it checks, so the tests of the tests can hand it a
/// sample that breaks it.
/// </summary>
internal static class Layers
{
    public static readonly Assembly CoreAssembly = typeof(global::HistoryBot.Core.Chat.ChatBot).Assembly;
    public static readonly Assembly TelegramAssembly = typeof(global::HistoryBot.Telegram.TelegramOptions).Assembly;
    public static readonly Assembly DiscordAssembly = typeof(global::HistoryBot.Discord.DiscordOptions).Assembly;
    public static readonly Assembly ExecutableAssembly = Assembly.Load("HistoryBot");

    public static readonly IReadOnlyList<Assembly> Adapters = [TelegramAssembly, DiscordAssembly];

    /// <summary>
    /// The product's assemblies and this one, whose Samples namespace breaks the rules on purpose;
    /// the product rules select by assembly, so the samples never count against them. Loaded
    /// once: loading takes seconds.
    /// </summary>
    public static ArchUnitNET.Domain.Architecture Loaded { get; } =
        new ArchLoader().LoadAssemblies(CoreAssembly, TelegramAssembly, DiscordAssembly, ExecutableAssembly, typeof(Layers).Assembly).Build();

    public static IObjectProvider<IType> TypesIn(Assembly assembly) =>
        Types().That().ResideInAssembly(assembly).As(assembly.GetName().Name!);

    /// <summary>Whatever depends on these knows the web stack.</summary>
    public static IObjectProvider<IType> AspNetCore { get; } =
        Types(true).That().ResideInNamespaceOrBelow("Microsoft.AspNetCore").As("ASP.NET Core");

    /// <summary>The core knows no platform, no executable and no web stack.</summary>
    public static IArchRule CoreStaysALibrary(IObjectProvider<IType> core) =>
        Types().That().Are(core).Should()
            .NotDependOnAny(TypesIn(TelegramAssembly)).AndShould()
            .NotDependOnAny(TypesIn(DiscordAssembly)).AndShould()
            .NotDependOnAny(TypesIn(ExecutableAssembly)).AndShould()
            .NotDependOnAny(AspNetCore)
            .Because("the core is a library any host, test or benchmark can use without a web stack or a platform");

    /// <summary>An adapter translates between one platform and the core; it knows no other adapter and not the executable.</summary>
    public static IArchRule AdapterKnowsNoOtherAdapter(IObjectProvider<IType> adapter, Assembly own)
    {
        var others = Adapters.Where(other => other != own).Append(ExecutableAssembly).ToArray();
        return Types().That().Are(adapter).Should()
            .NotDependOnAny(Types().That().ResideInAssembly(others[0], others[1..]).As("another adapter or the executable"))
            .Because("each platform adapter talks only to the core, so one can be added or removed alone");
    }
}
