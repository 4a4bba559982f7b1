#if !NET
// The netstandard2.0 asset only: the two bit counts the region sets use, in software. Region sets have at most
// sixteen slots, so the loops are short; the net10.0 asset uses the hardware instructions.

namespace System.Numerics
{
    internal static class BitOperations
    {
        public static int PopCount(uint value)
        {
            int count = 0;
            while (value != 0)
            {
                value &= value - 1;
                count++;
            }

            return count;
        }

        public static int TrailingZeroCount(int value) => TrailingZeroCount(unchecked((uint)value));

        public static int TrailingZeroCount(uint value)
        {
            if (value == 0)
            {
                return 32;
            }

            int count = 0;
            while ((value & 1) == 0)
            {
                value >>= 1;
                count++;
            }

            return count;
        }
    }
}
#endif
