using System;
using System.IO;
using System.Text;
using Dystonia.Classification.CatalogueDocs;

// Usage: dotnet run --project tools/CatalogueDocs [repository root]
var root = args.Length > 0 ? args[0] : FindRoot(AppContext.BaseDirectory);
foreach (var page in CataloguePages.All())
{
    var path = Path.Combine(root, page.Path);
    var current = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : "";
    File.WriteAllText(path, page.Render(current), new UTF8Encoding(false));
    Console.WriteLine("wrote " + page.Path);
}

static string FindRoot(string start)
{
    var directory = new DirectoryInfo(start);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dystonia.Classification.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? throw new InvalidOperationException("Run inside the repository or pass its root.");
}
