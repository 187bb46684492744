namespace HistoryBot.Core.Facts;

/// <summary>
/// When a subscription's post falls due, in real time, across daylight-saving changes: 09:00
/// stays 09:00 local; a time that does not exist that day (the spring gap) falls due at the
/// next minute that does; a time that happens twice (the autumn repeat) falls due the first time.
/// </summary>
public sealed class DailySchedule(TimeOnly time, TimeZoneInfo zone)
{
    public TimeOnly Time { get; } = time;

    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>The calendar day it is in the zone at an instant.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The instant the post of a local day falls due.</summary>
    public DateTimeOffset DueAt(DateOnly date)
    {
        var local = date.ToDateTime(Time, DateTimeKind.Unspecified);
        // Gaps are at most a few hours; stop at the day's end whatever the zone data says.
        for (var minutes = 0; Zone.IsInvalidTime(local) && minutes < 24 * 60; minutes++)
            local = local.AddMinutes(1);
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    public static DailySchedule? For(Subscription subscription) =>
        TimeZones.Find(subscription.TimeZoneId) is { } zone ? new DailySchedule(subscription.Time, zone) : null;
}
