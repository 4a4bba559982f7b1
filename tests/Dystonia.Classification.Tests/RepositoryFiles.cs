using System.IO;

namespace Dystonia.Classification.Tests;

/// <summary>Finds files of the repository (docs, README) from the test output folder.</summary>
internal static class RepositoryFiles
{
    internal static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dystonia.Classification.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
        }
    }

    internal static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));
}
