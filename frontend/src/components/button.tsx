import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';
import { Link, type LinkProps } from 'react-router';
import { cx } from './class-names';

type Variant = 'primary' | 'secondary' | 'danger' | 'quiet';

type ButtonProps = Omit<AriaButtonProps, 'className'> & { variant?: Variant; className?: string };

export function Button({ variant = 'primary', className, ...props }: ButtonProps) {
  return <AriaButton {...props} className={cx('button', `button--${variant}`, className)} />;
}

/** A navigation link that looks like a button (calls to action). */
export function ButtonLink({ variant = 'primary', className, ...props }: LinkProps & { variant?: Variant }) {
  return <Link {...props} className={cx('button', `button--${variant}`, className)} />;
}
