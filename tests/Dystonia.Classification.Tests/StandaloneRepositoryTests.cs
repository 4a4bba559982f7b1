using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace Dystonia.Classification.Tests;

/// <summary>
/// The repository stands alone: no file cites a path outside it. What the project relies on is cited by its
/// published source and kept under <c>docs/evidence/</c>, so a clone is complete for a reviewer.
/// </summary>
public sealed class StandaloneRepositoryTests
{
    // Written so that this file does not match itself: a machine path, the folder beside the repository and the
    // names of the notes and seed files kept there.
    private static readonly Regex OutsidePath = new(
        @"/w[o]rk/|\.\./shar[e]d|shar[e]d/(reference|seeds)|clinical-source[s]\.md|ecosyste[m]\.md|\b[0-9]{3}_[0-9a-f]{16}\.txt\b",
        RegexOptions.CultureInvariant);

    private static readonly string[] SkippedFolders = ["bin", "obj", ".git", "artifacts", "node_modules", "TestResults", ".vs", ".idea"];

    private static readonly string[] TextExtensions =
        [".cs", ".md", ".json", ".jsonl", ".csv", ".txt", ".csproj", ".props", ".targets", ".sln", ".yml", ".yaml", ".xml", ".html", ".svg", ".sh", ".js", ".globalconfig", ".editorconfig", ""];

    [Fact]
    public void No_file_cites_a_path_outside_the_repository()
    {
        var citations = new List<string>();
        foreach (var file in TextFiles(RepositoryFiles.Root))
        {
            int lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (OutsidePath.IsMatch(line))
                {
                    citations.Add(Path.GetRelativePath(RepositoryFiles.Root, file) + ":" + lineNumber);
                }
            }
        }

        citations.Should().BeEmpty("a clone must stand alone; cite the published source and keep the evidence under docs/evidence/");
    }

    [Theory]
    [InlineData("see /w" + "ork/notes.md")]
    [InlineData("as in ../sha" + "red/seeds")]
    [InlineData("seed 004_a710fa06b281a82d" + ".txt")]
    [InlineData("clinical-sources" + ".md section 6")]
    public void The_check_recognises_an_outside_path(string line) => OutsidePath.IsMatch(line).Should().BeTrue();

    [Theory]
    [InlineData("docs/evidence/vignettes.md")]
    [InlineData("Albanese et al., Mov Disord 2013;28:863-873")]
    [InlineData("https://www.ncbi.nlm.nih.gov/books/NBK1155/")]
    public void The_check_leaves_in_repository_citations_alone(string line) => OutsidePath.IsMatch(line).Should().BeFalse();

    private static IEnumerable<string> TextFiles(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (Array.IndexOf(TextExtensions, Path.GetExtension(file)) >= 0)
            {
                yield return file;
            }
        }

        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            if (Array.IndexOf(SkippedFolders, Path.GetFileName(child)) < 0)
            {
                foreach (var file in TextFiles(child))
                {
                    yield return file;
                }
            }
        }
    }
}
