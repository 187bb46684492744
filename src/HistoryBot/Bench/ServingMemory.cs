using System.Diagnostics;
using System.Runtime;

namespace HistoryBot.Bench;

/// <summary>
/// The peak working set of the process while it serves, not while it built: the build's
/// garbage is collected first, and on Linux the kernel's peak (VmHWM) is reset through
/// /proc/self/clear_refs so that it covers serving alone. Elsewhere the working set is sampled.
/// </summary>
internal sealed class ServingMemory
{
    private readonly bool _kernelPeakReset;
    private long _sampled;

    private ServingMemory(bool kernelPeakReset)
    {
        _kernelPeakReset = kernelPeakReset;
        Sample();
    }

    /// <summary>Collects the garbage left by the build and starts measuring.</summary>
    public static ServingMemory Start()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return new ServingMemory(ResetKernelPeak());
    }

    /// <summary>The process's peak working set since it started.</summary>
    public static long ProcessPeak()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    public void Sample()
    {
        using var process = Process.GetCurrentProcess();
        _sampled = Math.Max(_sampled, process.WorkingSet64);
    }

    /// <summary>The peak since <see cref="Start"/>.</summary>
    public long Peak()
    {
        Sample();
        return _kernelPeakReset && KernelPeak() is { } peak ? Math.Max(peak, _sampled) : _sampled;
    }

    private static bool ResetKernelPeak()
    {
        try
        {
            // "5" resets the peak resident set size (Linux 4.0 and later).
            File.WriteAllText("/proc/self/clear_refs", "5");
            return KernelPeak() is not null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long? KernelPeak()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    continue;
                var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.TryParse(kilobytes, out var value) ? value * 1024 : null;
            }
        }
        catch (IOException)
        {
        }
        return null;
    }
}
