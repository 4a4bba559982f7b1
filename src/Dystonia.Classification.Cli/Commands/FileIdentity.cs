using System;
using System.IO;
using System.Runtime.InteropServices;

namespace Dystonia.Classification.Cli.Commands;

/// <summary>
/// Which file a path names, by device and inode where the system tells them (Linux), otherwise by its full path with
/// links resolved, so that the tool can refuse to write over its own input however the two are named: the same path,
/// a symbolic link, a hard link, or standard input redirected from the file.
/// </summary>
internal sealed record FileIdentity(string FullPath, ulong Device, ulong Inode, bool IsRegularFile)
{
    private const uint FileTypeMask = 0xF000;
    private const uint RegularFileType = 0x8000;

    /// <summary>Returns the identity of an existing file or device, or <see langword="null"/> when nothing is there.</summary>
    internal static FileIdentity? Of(string path)
    {
        // stat(2) follows links itself; resolving /dev/stdout by name would give "pipe:[…]", which names nothing.
        string full = Path.GetFullPath(path);
        if (OperatingSystem.IsLinux() && Stat(full) is { } status)
        {
            return new FileIdentity(full, status.Device, status.Inode, status.Mode == RegularFileType);
        }

        // Without the file type, a name under /dev or /proc is taken for a device or pipe, which is written in place.
        if (full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal))
        {
            return new FileIdentity(full, 0, 0, IsRegularFile: false);
        }

        full = Resolve(full);
        return Directory.Exists(full) || !File.Exists(full) ? null : new FileIdentity(full, 0, 0, IsRegularFile: true);
    }

    /// <summary>Returns the file standard input is redirected from, or <see langword="null"/> for a pipe, a terminal or another system.</summary>
    internal static FileIdentity? OfStandardInput() =>
        OperatingSystem.IsLinux() && Of("/proc/self/fd/0") is { IsRegularFile: true } file ? file : null;

    /// <summary>Gets whether both name the same file.</summary>
    internal bool IsSameFileAs(FileIdentity other) =>
        Device != 0 || Inode != 0
            ? Device == other.Device && Inode == other.Inode
            : string.Equals(FullPath, other.FullPath, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
        catch (UnauthorizedAccessException)
        {
            return full;
        }
    }

    /// <summary>
    /// Calls stat(2) of the GNU C library (named by its soname: "libc.so" may be a linker script) and reads the device, inode and file type. The layout of <c>struct stat</c> is read for the two
    /// architectures whose layout is known here (x86-64, and arm64's generic layout); elsewhere the path is compared.
    /// </summary>
    private static (ulong Device, ulong Inode, uint Mode)? Stat(string path)
    {
        int modeOffset = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24,
            Architecture.Arm64 => 16,
            _ => -1,
        };
        if (modeOffset < 0)
        {
            return null;
        }

        var buffer = new byte[256];
        try
        {
            if (NativeMethods.Stat(path, buffer) != 0)
            {
                return null;
            }
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
        catch (DllNotFoundException)
        {
            return null;
        }

        return (BitConverter.ToUInt64(buffer, 0), BitConverter.ToUInt64(buffer, 8), BitConverter.ToUInt32(buffer, modeOffset) & FileTypeMask);
    }

    private static class NativeMethods
    {
        [DllImport("libc.so.6", EntryPoint = "stat", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int Stat(string path, byte[] buffer);
    }
}
