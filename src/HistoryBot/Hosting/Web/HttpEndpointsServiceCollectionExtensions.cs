using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace HistoryBot.Hosting.Web;

internal static class HttpEndpointsServiceCollectionExtensions
{
    /// <summary>Runs the web host (once, however many callers ask for it).</summary>
    public static IServiceCollection AddHttpEndpoints(this IServiceCollection services)
    {
        services.AddOptions<HttpServerOptions>().BindConfiguration(HttpServerOptions.Section)
            .Validate(options => HttpServerOptions.AreValid(options.Urls),
                "Http:Urls (HISTORYBOT_Http__Urls) is not a list of addresses; allowed: http://host:port, several separated by ';', e.g. http://0.0.0.0:8080")
            .ValidateOnStart();
        services.TryAddSingleton<HttpEndpointsService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, HttpEndpointsService>(provider => provider.GetRequiredService<HttpEndpointsService>()));
        return services;
    }
}
