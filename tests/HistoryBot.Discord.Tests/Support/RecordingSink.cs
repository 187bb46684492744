using System.Threading.Channels;
using HistoryBot.Discord.Gateway;

namespace HistoryBot.Discord.Tests.Support;

/// <summary>Collects a shard's dispatches in order.</summary>
internal sealed class RecordingSink : IGatewayDispatchSink
{
    private readonly Channel<GatewayDispatch> _dispatches = Channel.CreateUnbounded<GatewayDispatch>();

    public void Accept(GatewayDispatch dispatch) => _dispatches.Writer.TryWrite(dispatch);

    public Task<GatewayDispatch> NextAsync(CancellationToken cancellationToken) => _dispatches.Reader.ReadAsync(cancellationToken).AsTask();

    /// <summary>Skips dispatches until one named <paramref name="name"/> arrives.</summary>
    public async Task<GatewayDispatch> NextAsync(string name, CancellationToken cancellationToken)
    {
        while (true)
        {
            var dispatch = await NextAsync(cancellationToken);
            if (dispatch.Event == name)
                return dispatch;
        }
    }
}
