#if NET
using System.Runtime.CompilerServices;

// The netstandard2.0 asset marks init accessors with its own internal IsExternalInit (CompilerAttributes.cs). A library
// compiled against that asset and run on modern .NET, where NuGet picks this asset, refers to the type in this
// assembly; forwarding it to the framework's type makes those references resolve, so the init accessors bind.
[assembly: TypeForwardedTo(typeof(IsExternalInit))]
#endif
