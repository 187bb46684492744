namespace HistoryBot.Discord.Rest;

/// <summary>
/// One REST call's route. <see cref="Template"/> is what logs and errors show (never the
/// concrete path: interaction and webhook paths carry tokens). <see cref="BucketKey"/> groups
/// calls Discord limits together before it names their bucket: method, path with the top-level
/// resource (<see cref="Major"/>) kept and minor ids blanked.
/// </summary>
internal sealed record RestRoute(HttpMethod Method, string Template, string Path, string BucketKey, string Major)
{
    public bool IsIdempotent => Method != HttpMethod.Post;

    public override string ToString() => Template;
}
