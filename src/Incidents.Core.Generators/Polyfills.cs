// Records in netstandard2.0 need this type, which the compiler looks up by name.
namespace System.Runtime.CompilerServices;

internal static class IsExternalInit
{
}
