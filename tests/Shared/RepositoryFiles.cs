using System;
using System.IO;

namespace Dystonia.Classification.Tests.Shared;

/// <summary>
/// Files of the repository (samples, docs, schemas, the corpus), found from the test output folder: the root is the
/// first folder above it that holds Dystonia.Classification.sln. Linked into every test project
/// (tests/Directory.Build.props).
/// </summary>
internal static class RepositoryFiles
{
    /// <summary>Gets the repository's root folder.</summary>
    internal static string Root { get; } = FindRoot();

    /// <summary>Gets the full path of a file or folder given by its parts relative to the root.</summary>
    internal static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>Reads a text file given by its parts relative to the root.</summary>
    internal static string Read(params string[] parts) => File.ReadAllText(Path(parts));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Dystonia.Classification.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }
}
