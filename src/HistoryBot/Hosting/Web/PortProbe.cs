using System.Net;
using System.Net.Sockets;

namespace HistoryBot.Hosting.Web;

/// <summary>
/// Checks before the start that the Http:Urls ports are free, so a port in use is one line and
/// exit code 3 rather than a failed host start with a stack trace in the log.
/// </summary>
internal static class PortProbe
{
    public static void ThrowIfInUse(string urls)
    {
        foreach (var part in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(part.Replace("://+", "://0.0.0.0").Replace("://*", "://0.0.0.0"), UriKind.Absolute, out var uri) || uri.Port == 0)
                continue;
            var address = uri.Host == "localhost" ? IPAddress.Loopback : IPAddress.TryParse(uri.Host.Trim('[', ']'), out var parsed) ? parsed : null;
            if (address is null)
                continue;
            var listener = new TcpListener(address, uri.Port);
            try
            {
                listener.Start();
            }
            catch (SocketException ex) when (ex.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied or SocketError.AddressNotAvailable)
            {
                throw new StartupConfigurationException(
                    $"Configuration error: Http:Urls (HISTORYBOT_Http__Urls) is \"{urls}\", but {part} cannot be listened on ({ex.Message}); allowed: a free port, e.g. HISTORYBOT_Http__Urls=http://0.0.0.0:8081", ex);
            }
            finally
            {
                listener.Stop();
            }
        }
    }
}
