import type {PrismTheme} from 'prism-react-renderer';

/**
 * Code-block colour themes. The stock `github` and `dracula` themes fail WCAG AA
 * contrast for several token types (axe reports dozens of nodes per page), so
 * these themes keep every token at 4.5:1 or more against the block background;
 * prismThemes.test.ts enforces that.
 */

export const lightCodeTheme: PrismTheme = {
  plain: {color: '#1f2328', backgroundColor: '#f6f8fa'},
  styles: [
    {types: ['comment', 'prolog', 'doctype', 'cdata'], style: {color: '#57606a', fontStyle: 'italic'}},
    {types: ['punctuation', 'operator'], style: {color: '#32383f'}},
    {types: ['property', 'attr-name', 'key', 'atrule'], style: {color: '#0a3069'}},
    {types: ['tag', 'keyword', 'important'], style: {color: '#a0111f'}},
    {types: ['string', 'attr-value', 'char', 'url', 'regex'], style: {color: '#0a5a2a'}},
    {types: ['number', 'boolean', 'constant', 'symbol'], style: {color: '#0550ae'}},
    {types: ['function', 'class-name', 'builtin'], style: {color: '#6639ba'}},
    {types: ['variable', 'selector'], style: {color: '#953800'}},
    {types: ['inserted'], style: {color: '#116329'}},
    {types: ['deleted'], style: {color: '#82071e'}},
  ],
};

export const darkCodeTheme: PrismTheme = {
  plain: {color: '#e6edf3', backgroundColor: '#161b22'},
  styles: [
    {types: ['comment', 'prolog', 'doctype', 'cdata'], style: {color: '#9ea7b3', fontStyle: 'italic'}},
    {types: ['punctuation', 'operator'], style: {color: '#c9d1d9'}},
    {types: ['property', 'attr-name', 'key', 'atrule'], style: {color: '#79c0ff'}},
    {types: ['tag', 'keyword', 'important'], style: {color: '#ff7b72'}},
    {types: ['string', 'attr-value', 'char', 'url', 'regex'], style: {color: '#a5d6ff'}},
    {types: ['number', 'boolean', 'constant', 'symbol'], style: {color: '#ffa657'}},
    {types: ['function', 'class-name', 'builtin'], style: {color: '#d2a8ff'}},
    {types: ['variable', 'selector'], style: {color: '#ffa198'}},
    {types: ['inserted'], style: {color: '#7ee787'}},
    {types: ['deleted'], style: {color: '#ffa198'}},
  ],
};
