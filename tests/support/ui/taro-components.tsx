// DOM stand-ins for @tarojs/components. They keep className, id, style and data-* so tests
// query the same hooks the real components expose, and map Taro's tap/input events to DOM.
import type { ReactNode } from 'react';
import { createElement } from 'react';

type AnyProps = Record<string, unknown> & { children?: ReactNode };

// Props Taro understands but a DOM element would warn about or misread.
const TARO_ONLY = new Set([
  'hoverClass',
  'hoverStartTime',
  'hoverStayTime',
  'hoverStopPropagation',
  'selectable',
  'userSelect',
  'space',
  'decode',
  'mode',
  'lazyLoad',
  'showMenuByLongpress',
  'scrollX',
  'scrollY',
  'scrollTop',
  'scrollIntoView',
  'openType',
  'formType',
  'loading',
  'plain',
  'size',
  'confirmType',
  'onTap',
  'onInput',
  'onConfirm',
  'onScrollToLower',
  'onGetUserInfo',
  'onGetPhoneNumber',
]);

function domProps(props: AnyProps, extra: AnyProps = {}): AnyProps {
  const out: AnyProps = {};
  for (const [key, value] of Object.entries(props)) {
    if (!TARO_ONLY.has(key)) out[key] = value;
  }
  const onTap = props.onTap as ((event: unknown) => void) | undefined;
  if (onTap && !props.onClick) out.onClick = onTap;
  return { ...out, ...extra };
}

function host(tag: string) {
  const Component = (props: AnyProps) => createElement(tag, domProps(props));
  Component.displayName = tag;
  return Component;
}

export const View = host('div');
export const Text = host('span');
export const ScrollView = host('div');
export const Swiper = host('div');
export const SwiperItem = host('div');
export const Block = ({ children }: AnyProps) => createElement('div', null, children);
export const Form = host('form');
export const Label = host('label');
export const RichText = host('div');

export const Button = (props: AnyProps) =>
  createElement(
    'button',
    domProps(props, {
      type: 'button',
      disabled: Boolean(props.disabled) || undefined,
      // Kept as data so a test can tell WeChat's share button from a plain one.
      'data-open-type': props.openType,
    }),
  );

/** WeChat's follow bar for an official account; a marker element here. */
export const OfficialAccount = host('official-account');

export const Canvas = host('canvas');
export const Image = (props: AnyProps) => createElement('img', domProps(props, { alt: '' }));

export const Input = (props: AnyProps) => {
  const onInput = props.onInput as ((event: { detail: { value: string } }) => void) | undefined;
  return createElement(
    'input',
    domProps(props, {
      onChange: (event: { target: { value: string } }) =>
        onInput?.({ detail: { value: event.target.value } }),
    }),
  );
};

export const Textarea = (props: AnyProps) => {
  const onInput = props.onInput as ((event: { detail: { value: string } }) => void) | undefined;
  return createElement(
    'textarea',
    domProps(props, {
      onChange: (event: { target: { value: string } }) =>
        onInput?.({ detail: { value: event.target.value } }),
    }),
  );
};
