using System.Text;

namespace Dystonia.Classification.Cli.Tests.Infrastructure;

/// <summary>A fresh directory for one test's input and output files, deleted with everything in it on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    internal TempDirectory() => Path = Directory.CreateTempSubdirectory("dystonia-cli-tests-").FullName;

    internal string Path { get; }

    internal string File(string name) => System.IO.Path.Combine(Path, name);

    internal string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    internal string Write(string name, byte[] bytes)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp directory must not fail a test.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
