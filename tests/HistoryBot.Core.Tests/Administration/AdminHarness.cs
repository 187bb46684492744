using System.Security.Cryptography;
using HistoryBot.Core.Administration;
using HistoryBot.Core.Answers;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Search;
using HistoryBot.Core.State;
using HistoryBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace HistoryBot.Core.Tests.Administration;

/// <summary>
/// The real core and administration wiring over a copy of the committed sources in a temp
/// folder, with a hand-moved clock and a controllable "facts" index part; generation 1 is built.
/// </summary>
internal sealed class AdminHarness : IDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    public static readonly DateTimeOffset Start = new(2026, 3, 31, 8, 0, 0, TimeSpan.Zero);

    private readonly IHost _host;

    private AdminHarness(TempDirectory temp, string sources, string data, IHost host, ManualTimeProvider time, ControllableIndexPart facts)
    {
        Temp = temp;
        SourcesDirectory = sources;
        DataDirectory = data;
        _host = host;
        Time = time;
        Facts = facts;
    }

    public TempDirectory Temp { get; }

    public string SourcesDirectory { get; }

    public string DataDirectory { get; }

    public string IndexDirectory => Path.Combine(DataDirectory, "index");

    public string TrashDirectory => Path.Combine(DataDirectory, "trash");

    public ManualTimeProvider Time { get; }

    public ControllableIndexPart Facts { get; }

    public IChatBot Bot => _host.Services.GetRequiredService<IChatBot>();

    public SearchIndex Index => _host.Services.GetRequiredService<SearchIndex>();

    public IQueryService Queries => _host.Services.GetRequiredService<IQueryService>();

    public IAuditLog Audit => _host.Services.GetRequiredService<IAuditLog>();

    public ReindexCoordinator Coordinator => _host.Services.GetRequiredService<ReindexCoordinator>();

    public AdapterStatus Adapters => _host.Services.GetRequiredService<AdapterStatus>();

    /// <summary>Builds the harness; <paramref name="prepareSources"/> may change the copied sources first.</summary>
    public static async Task<AdminHarness> StartAsync(Action<string>? prepareSources = null)
    {
        var temp = new TempDirectory();
        var sources = TestCorpus.CopySources(temp.Path);
        prepareSources?.Invoke(sources);
        var data = temp.Combine("data");
        var time = new ManualTimeProvider(Start);
        var facts = new ControllableIndexPart();

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = temp.Path });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = data,
            ["Storage:SourcesDirectory"] = sources,
        });
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<IIndexPart>(facts);
        builder.AddHistoryBotCore();
        builder.AddAdministration();
        var host = builder.Build();

        var harness = new AdminHarness(temp, sources, data, host, time, facts);
        await harness.Index.EnsureLoadedAsync().WaitAsync(Patience);
        return harness;
    }

    public static ChatMessage Message(string text, ChatRole role = ChatRole.Admin, Platform platform = Platform.Telegram,
        ChatAttachment? attachment = null, string user = "alice") =>
        new(new ChatOrigin(platform, new ChatId($"{platform}-chat"), new UserId($"{user}-id"), user, role, ChatKind.Group), text, attachment);

    public static ChatAttachment Attachment(string fileName, byte[] bytes, long? size = -1, Action? opened = null) =>
        new(fileName, size == -1 ? bytes.LongLength : size, _ =>
        {
            opened?.Invoke();
            return Task.FromResult<Stream>(new MemoryStream(bytes));
        });

    public Task<Reply> SendAsync(ChatMessage message) => Bot.HandleAsync(message).WaitAsync(Patience);

    /// <summary>Reads a reply's updates to the end, as an adapter that edits its message would.</summary>
    public static async Task<List<Reply>> UpdatesOf(Reply reply)
    {
        Assert.NotNull(reply.Updates);
        var updates = new List<Reply>();
        using var timeout = new CancellationTokenSource(Patience);
        await foreach (var update in reply.Updates.WithCancellation(timeout.Token))
            updates.Add(update);
        return updates;
    }

    /// <summary>Sends a command and returns the last update: the report or the failure.</summary>
    public async Task<Reply> RunToEndAsync(ChatMessage message)
    {
        var reply = await SendAsync(message);
        Assert.True(reply.Updates is not null, $"Expected a started reindex, got: {reply.ToMarkdown()}");
        return (await UpdatesOf(reply))[^1];
    }

    public long ServingGeneration()
    {
        using var lease = Index.Acquire();
        return lease.Generation.Number;
    }

    public async Task<IReadOnlyList<AuditEntry>> AuditAsync() => await Audit.RecentAsync(100).WaitAsync(Patience);

    /// <summary>Every file under a folder (relative path → content hash); empty when the folder does not exist.</summary>
    public static Dictionary<string, string> Snapshot(string directory)
    {
        if (!Directory.Exists(directory))
            return [];
        return Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(directory, path), path => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))));
    }

    public void Dispose()
    {
        Facts.Release();
        _host.Dispose();
        Temp.Dispose();
    }
}
